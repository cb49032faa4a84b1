import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./accessibility";
import { signInAsRegistered } from "./login";
import { E2E_APP_PORT } from "./ports";

const CH_BELLEY = "010005015"; // Ain, Auvergne-Rhône-Alpes
const IDF_CLINIC = "920003019"; // Hauts-de-Seine, Île-de-France

test("a dashboard row opens the establishment for its region's ARS; another region's establishment is not found", async ({ page }) => {
  await signInAsRegistered(page, "ars.ara@demo.fr");
  await page.goto("/tableau-de-bord?departement=01");
  await page.getByTestId(`establishment-${CH_BELLEY}`).getByRole("link", { name: "CH DE BELLEY" }).click();
  await expect(page).toHaveURL(new RegExp(`/etablissements/${CH_BELLEY}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("CH DE BELLEY");
  await expect(page.getByTestId("establishment-identity")).toContainText(`FINESS ${CH_BELLEY} – 01 Ain`);
  for (const heading of [/^Contingent de la semaine \d{4}-W\d{2}$/, /^Commandes des 8 dernières semaines$/, /^Stock déclaré et couverture$/, /^Demandes$/, /^Contacts$/]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  await expectNoAccessibilityViolations(page);

  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/${E2E_APP_PORT}/screens/etablissement-ars-${width}.png`, fullPage: true });
  }

  // Another region's FINESS by URL: the same « not found » as an unknown one, nothing of it shown.
  const response = await page.goto(`/etablissements/${IDF_CLINIC}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page non trouvée");
  await expect(page.locator("body")).not.toContainText("CLINIQUE DE LA SEINE");
  expect((await page.goto("/etablissements/abc"))?.status()).toBe(404);
});
