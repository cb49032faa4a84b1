import { expect, test, type Locator, type Page } from "@playwright/test";
import { E2E_APP_PORT } from "./ports";
import { expectNoAccessibilityViolations } from "./accessibility";
import { signInAsRegistered, signOut } from "./login";

/** The page (or one part of a long page) as a user sees it on a phone and on a desktop, kept with the run's artefacts. */
async function screenshots(page: Page, name: string, part?: Locator): Promise<void> {
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const path = `test-results/${E2E_APP_PORT}/screens/${name}-${width}.png`;
    await (part ? part.screenshot({ path }) : page.screenshot({ path, fullPage: true }));
  }
}

test("the demo's establishments in Île-de-France, Corsica and La Réunion each sign in with their own account; overseas, Santé publique France delivers", async ({ page }) => {
  await signInAsRegistered(page, "operateur@clinique-seine-demo.fr");
  await expect(page.getByTestId("establishment-name")).toHaveText("CLINIQUE DE LA SEINE");
  await signOut(page);

  await signInAsRegistered(page, "operateur@ehpad-corse-demo.fr");
  await expect(page.getByTestId("establishment-name")).toHaveText("EHPAD LES MYRTES");
  await signOut(page);

  await signInAsRegistered(page, "operateur@clinique-reunion-demo.fr");
  await expect(page.getByTestId("establishment-name")).toHaveText("CLINIQUE DU LITTORAL");
  await page.getByRole("link", { name: "Commander des EPI" }).click();
  await page.getByRole("spinbutton", { name: "Nombre de boîtes : Masque FFP2 (boîte de 20)" }).fill("1");
  await page.getByRole("button", { name: "Commander sur stock de l'État" }).click();
  await expect(page).toHaveURL(/\/commandes\/\d+$/);
  await expect(page.getByText("Livraison : CLINIQUE DU LITTORAL (970499901) par Santé publique France (livraison directe)")).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await screenshots(page, "commande-la-reunion");
});

test("a hospital of Saint-Pierre-et-Miquelon is told that no ARS covers it, and whom to address instead", async ({ page }) => {
  await signInAsRegistered(page, "operateur@ch-miquelon-demo.fr");
  await expect(page.getByTestId("establishment-name")).toHaveText("CENTRE HOSPITALIER DE L'ARCHIPEL");
  await page.goto("/ape");
  await page.getByLabel("Motivation").fill("Je gère les habilitations de l'hôpital de l'archipel.");
  await page.getByRole("button", { name: "Envoyer la demande à l'ARS" }).click();
  const refusal = page.locator('[data-refusal="NO_ARS_FOR_TERRITORY"]');
  await expect(refusal).toBeFocused();
  await expect(refusal).toContainText("l'Administration territoriale de santé de Saint-Pierre-et-Miquelon");
  await expect(page.getByText("Aucune demande pour l'instant.")).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await screenshots(page, "ape-saint-pierre-et-miquelon");
});

test("the national dashboard gives territories without ARS a line of their own, and the ARS cover pages are not empty", async ({ page }) => {
  await signInAsRegistered(page, "admin@demo.fr");
  await page.goto("/tableau-de-bord");
  const outside = page.getByTestId("totaux-regions-");
  await expect(outside).toContainText("Hors des 18 ARS (Saint-Pierre-et-Miquelon, Wallis-et-Futuna, Polynésie française, Nouvelle-Calédonie)");
  await expect(page.getByTestId("consumption-map").locator("g[data-code]")).toHaveCount(18);
  await expect(page.getByTestId("establishments-table")).toContainText("CENTRE HOSPITALIER DE L'ARCHIPEL");
  await screenshots(page, "tableau-de-bord-national", page.locator("#totaux-regions"));
  await signOut(page);

  await signInAsRegistered(page, "ars.idf@demo.fr");
  await page.goto("/couverture");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Île-de-France");
  await expect(page.getByTestId("below-target")).toContainText("CLINIQUE DE LA SEINE");
  await expectNoAccessibilityViolations(page);
  await screenshots(page, "couverture-ile-de-france");
});
