import { expect, test, type Page } from "@playwright/test";
import { parisDateKeyPlusDays } from "../lib/domain/time/paris-time";
import { expectNoAccessibilityViolations } from "./accessibility";
import { signInAsRegistered, signOut } from "./login";

const FFP2 = "Masque FFP2 (boîte de 20)";
const SURGICAL = "Masque chirurgical type IIR (boîte de 50)";

/** A calendar date in Paris, as a date input takes it: "2026-11-09". */
const parisDate = (daysAgo: number) => parisDateKeyPlusDays(new Date(), -daysAgo);

async function declare(page: Page, counts: Record<string, string>, countedOn?: string) {
  if (countedOn) await page.getByLabel("Date du comptage").fill(countedOn);
  for (const [product, units] of Object.entries(counts)) {
    await page.getByRole("spinbutton", { name: `Stock compté en masques : ${product}` }).fill(units);
  }
  await page.getByRole("button", { name: "Enregistrer la déclaration" }).click();
}

test("an establishment declares its stock twice and sees its cover under 3 weeks; its ARS sees it in the below-target list", async ({ page }) => {
  // Three sign-ins and a dozen pages, each checked with axe: on a loaded machine this takes longer than the default minute.
  test.slow();
  await signInAsRegistered(page, "operateur@clinique-demo.fr");
  const summary = page.getByTestId("cover-summary");
  await expect(summary.getByRole("heading", { name: "Couverture de stock" })).toBeVisible();
  await summary.getByRole("link", { name: "Déclarer mon stock" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mon stock d'EPI");
  await expectNoAccessibilityViolations(page);

  // A blank form is refused in French; a count two weeks ago, then one today.
  await page.getByRole("button", { name: "Enregistrer la déclaration" }).click();
  await expect(page.getByText("Indiquez le stock d'au moins un produit.")).toBeVisible();
  await declare(page, { [FFP2]: "2000" }, parisDate(14));
  await expect(page.getByTestId("declaration-outcome")).toContainText("Déclaration enregistrée : 1 produit au");
  await expect(page.getByTestId("declaration-outcome").getByRole("status")).toBeFocused();
  await expect(page.getByTestId("cover-MASQUES_FFP2")).toContainText("Estimation impossible : déclarez votre stock au moins deux fois");
  await declare(page, { [FFP2]: "300", [SURGICAL]: "5000" });
  await expect(page.getByTestId("declaration-outcome")).toContainText("Déclaration enregistrée : 2 produits au");
  await expect(page.getByTestId("declaration-history").locator("tbody tr")).toHaveCount(3);
  await expectNoAccessibilityViolations(page);

  // The home page: FFP2 under the 3-week target, with the forecast's reasoning.
  await page.goto("/accueil");
  const ffp2 = page.getByTestId("cover-MASQUES_FFP2");
  await expect(ffp2).toContainText("Sous l'objectif de 3 semaines");
  await expect(ffp2).toContainText(/Au rythme de [\d\s\u202f]+ masques par semaine, avec 300 en stock/);
  const weeks = Number((await page.getByTestId("weeks-MASQUES_FFP2").innerText()).replace(/[^\d,]/g, "").replace(",", "."));
  expect(weeks).toBeLessThan(3);
  await expect(page.getByTestId("cover-MASQUES_CHIRURGICAUX")).toContainText("Estimation impossible");
  await expectNoAccessibilityViolations(page);

  // The other EPI-Stock pages of the establishment.
  await page.goto("/allocation");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Répartition équitable");
  await expectNoAccessibilityViolations(page);
  await page.goto("/contingent");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Révision de contingent");
  await page.getByRole("button", { name: "Envoyer la demande à mon ARS" }).click();
  await expect(page.getByText("Choisissez la catégorie d'EPI.")).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await signOut(page);

  // The ARS of Auvergne-Rhône-Alpes.
  await signInAsRegistered(page, "ars.ara@demo.fr");
  await page.getByRole("link", { name: "Couverture de stock des établissements" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Couverture de stock des établissements – Auvergne-Rhône-Alpes");
  const row = page.getByTestId("below-690812342-MASQUES_FFP2");
  await expect(row).toContainText("CLINIQUE DU PARC");
  await expect(row).toContainText("Masques FFP2");
  await expect(row).toContainText("la couverture est déjà sous 3 semaines");
  await expect(page.getByTestId("cover-map").locator('[data-code="69"]')).toHaveAttribute("data-band", /[234]/);
  await expectNoAccessibilityViolations(page);

  // The export re-checks the scope: the ARS's own region only.
  const csv = await page.request.get("/couverture/export");
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain('"690812342";"CLINIQUE DU PARC"');
  const other = await page.request.get("/couverture/export?region=11");
  expect(other.status()).toBe(403);
  expect(other.headers()["x-refusal-code"]).toBe("COVER_OUT_OF_SCOPE");
  await page.goto("/couverture?region=11");
  // (Next's route announcer is an empty alert too.)
  await expect(page.getByRole("alert").filter({ hasText: "une ARS ne voit que les établissements de sa région" })).toBeVisible();

  await page.goto("/revisions-contingent");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Révisions de contingent – Auvergne-Rhône-Alpes");
  await expectNoAccessibilityViolations(page);
  await signOut(page);

  // An ARS elsewhere does not see the clinic.
  await signInAsRegistered(page, "ars.idf@demo.fr");
  await page.goto("/couverture");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Île-de-France");
  await expect(page.getByTestId("below-690812342-MASQUES_FFP2")).toHaveCount(0);
});

test("the national admin's allocation page and cover of all regions are accessible", async ({ page }) => {
  await signInAsRegistered(page, "admin@demo.fr");
  await page.goto("/admin/allocation");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Répartition équitable du stock national");
  await expect(page.getByLabel("Produit en tension")).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.goto("/couverture");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Couverture de stock des établissements – France entière");
  await expectNoAccessibilityViolations(page);
});
