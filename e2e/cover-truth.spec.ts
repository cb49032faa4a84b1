import { expect, test, type Page } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./accessibility";
import { signInAsRegistered } from "./login";
import { E2E_APP_PORT } from "./ports";

/** EHPAD LES TILLEULS (Puy-de-Dôme): eligible, and no spec declares its stock. */
const NEVER_DECLARED = "630789014";

async function screenshots(page: Page, name: string): Promise<void> {
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/${E2E_APP_PORT}/screens/${name}-${width}.png`, fullPage: true });
  }
}

test("the ARS's cover view lists an establishment that never declared as « inconnue », never as at or above target", async ({ page }) => {
  await signInAsRegistered(page, "ars.ara@demo.fr");
  await page.goto("/couverture");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Couverture de stock des établissements – Auvergne-Rhône-Alpes");
  const row = page.getByTestId(`unknown-${NEVER_DECLARED}`);
  await expect(row).toContainText("EHPAD LES TILLEULS");
  await expect(row).toContainText("Inconnue : jamais déclaré");
  await expect(row).toContainText("Jamais");
  await expect(page.getByTestId(`at-or-above-${NEVER_DECLARED}`)).toHaveCount(0);
  await expect(page.locator(`[data-testid^="below-${NEVER_DECLARED}-"]`)).toHaveCount(0);
  // The summary counts the unknown apart, and the reporting rate.
  await expect(page.getByTestId("summary-unknown")).toContainText("jamais déclaré");
  await expect(page.getByTestId("summary-reporting")).toContainText("%");
  await expectNoAccessibilityViolations(page);

  // The export says the same of it.
  const csv = await (await page.request.get("/couverture/export")).text();
  expect(csv).toContain(`"${NEVER_DECLARED}";"EHPAD LES TILLEULS";"63";"jamais";"";"";"";"";"";"Aucune déclaration de stock";"Inconnue (jamais déclaré)"`);
  await screenshots(page, "couverture-ara");

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/admin/journal");
  await screenshots(page, "journal-ars-ara");
});

test("the admin's journal at 320 and 1280 px", async ({ page }) => {
  await signInAsRegistered(page, "admin@demo.fr");
  await page.goto("/admin/journal");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Journal des modifications");
  await screenshots(page, "journal-admin");
});
