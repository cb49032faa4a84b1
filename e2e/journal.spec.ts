import { expect, test } from "@playwright/test";
import { confirmInDialog, expectNoAccessibilityViolations } from "./accessibility";
import { signedInPage, signInAsRegistered } from "./login";

/** « Appartement Thérapeutique »: eligible, and no demo establishment belongs to it (no other spec feels its removal). */
const CATEGORY = "412";

test.describe.configure({ mode: "serial" });

test("the admin removes a category, then finds the change in the journal with its author and before/after", async ({ page }) => {
  await signInAsRegistered(page, "admin@demo.fr");
  await page.goto(`/admin/categories?q=${CATEGORY}`);
  const row = page.getByTestId(`category-${CATEGORY}`);
  await expect(row).toContainText("Oui");
  await row.getByRole("button", { name: new RegExp(`Retirer de la liste : ${CATEGORY}`) }).click();
  await confirmInDialog(page, "Retirer de la liste");
  await expect(row).toContainText("Non");
  // The page says who changed it, from the journal.
  await expect(row.getByTestId("last-change")).toContainText("Modifié par admin@demo.fr le ");

  await page.getByRole("link", { name: "Journal des modifications" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Journal des modifications");
  await page.getByLabel("Objet", { exact: true }).selectOption("Category");
  await page.getByLabel(/^Identifiant de l'objet/).fill(CATEGORY);
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/objet=Category/);
  const entry = page.getByTestId("journal").locator("tbody tr").first();
  await expect(entry).toContainText("admin@demo.fr");
  await expect(entry).toContainText("Catégorie retirée des éligibles");
  await expect(entry).toContainText(`Catégorie FINESS ${CATEGORY}`);
  await expect(entry.locator("li", { hasText: "eligible" }).getByTestId("before")).toHaveText("oui");
  await expect(entry.locator("li", { hasText: "eligible" }).getByTestId("after")).toHaveText("non");
  await expectNoAccessibilityViolations(page);

  // The export says the same, with the same filters.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Télécharger ces entrées (CSV)" }).click();
  const csv = await (await (await download).createReadStream()).toArray();
  const text = Buffer.concat(csv).toString("utf8");
  expect(text).toContain(`"admin@demo.fr";"Catégorie retirée des éligibles";"category.eligible.remove";"Catégorie FINESS";"${CATEGORY}"`);
  expect(text).toContain("eligible : oui → non");

  // A bad filter: a French message, no entry.
  await page.goto("/admin/journal?du=2026-12-05&au=2026-12-01");
  await expect(page.getByTestId("journal-refusal")).toHaveText("La période finit avant de commencer : la date de fin doit suivre la date de début.");
  await expect(page.getByTestId("journal")).toHaveCount(0);

  // Put the category back as it was.
  await page.goto(`/admin/categories?q=${CATEGORY}`);
  await page.getByTestId(`category-${CATEGORY}`).getByRole("button", { name: new RegExp(`Ajouter à la liste : ${CATEGORY}`) }).click();
  await expect(page.getByTestId(`category-${CATEGORY}`)).toContainText("Oui");
});

test("ARS Auvergne-Rhône-Alpes sees its own region's entries only", async ({ browser }) => {
  // Two first sign-ins write their registration to the journal: the CH de Belley (Ain, ARA), the clinic of the Seine (IDF).
  const belley = await signedInPage(browser, "operateur@ch-mono-demo.fr");
  const seine = await signedInPage(browser, "operateur@clinique-seine-demo.fr");
  await Promise.all([belley.context().close(), seine.context().close()]);

  const ars = await signedInPage(browser, "ars.ara@demo.fr");
  await ars.getByRole("link", { name: "Journal des modifications" }).first().click();
  await expect(ars.getByRole("heading", { level: 1 })).toHaveText("Journal des modifications – Auvergne-Rhône-Alpes");
  await ars.goto("/admin/journal?action=user.register");
  const entries = ars.getByTestId("journal");
  await expect(entries).toContainText("operateur@ch-mono-demo.fr");
  await expect(entries).not.toContainText("operateur@clinique-seine-demo.fr");
  // No national change (the admin's category) either.
  await ars.goto(`/admin/journal?objet=Category&identifiant=${CATEGORY}`);
  await expect(ars.getByTestId("journal-empty")).toBeVisible();
  await expectNoAccessibilityViolations(ars);
  // The export holds the same scope.
  const response = await ars.request.get("/admin/journal/export?action=user.register");
  expect(response.status()).toBe(200);
  const csv = await response.text();
  expect(csv).toContain("operateur@ch-mono-demo.fr");
  expect(csv).not.toContain("operateur@clinique-seine-demo.fr");
  await ars.context().close();
});

test("an establishment operator is refused the journal and its export", async ({ page }) => {
  await signInAsRegistered(page, "operateur@clinique-demo.fr");
  await page.goto("/admin/journal");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
  expect((await page.request.get("/admin/journal/export")).status()).toBe(403);
});
