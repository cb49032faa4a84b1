/**
 * /admin/utilisateurs: the national admin searches the users and unbinds an e-mail from its FINESS, whose owner then
 * registers again; an ARS sees its region's users without any button.
 */
import { expect, test } from "@playwright/test";
import { confirmInDialog, expectNoAccessibilityViolations } from "./accessibility";
import { signIn, signedInPage, signInAsRegistered } from "./login";
import { expectFitsBothWidths } from "./screens";

const EMAIL = "changement@demo.fr";

test("the national admin finds a user by name, unbinds the address; at the next sign-in the user registers again", async ({ page, browser }) => {
  const userPage = await signedInPage(browser, EMAIL);
  await expect(userPage.getByTestId("establishment-name")).toHaveText("EHPAD LES TILLEULS");

  await signInAsRegistered(page, "admin@demo.fr");
  await page.goto("/admin/utilisateurs");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Utilisateurs");
  await page.getByLabel("Rechercher un utilisateur").fill("Léa Perrin");
  await page.getByRole("button", { name: "Rechercher" }).click();
  const row = page.getByTestId(`user-row-${EMAIL}`);
  await expect(page.getByTestId("users").locator("tbody tr")).toHaveCount(1);
  await expect(row).toContainText("630789014");
  await expect(row).toContainText("EHPAD LES TILLEULS");
  await expect(row).toContainText("Opérateur commande EPI");
  await expect(row.locator("td").nth(3)).toHaveText(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
  await expect(row.locator("td").nth(4)).toHaveText(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
  await expectNoAccessibilityViolations(page);
  await expectFitsBothWidths(page, "docs/screenshots", "utilisateurs");

  await row.getByRole("link", { name: EMAIL }).click();
  const user = page.getByTestId("user");
  await expect(user.getByRole("heading", { name: "Léa Perrin" })).toBeVisible();
  await user.getByRole("button", { name: "Délier l'adresse" }).click();
  await confirmInDialog(page, "Délier l'adresse");
  await expect(page.getByRole("status").filter({ hasText: "rattachée" })).toHaveText(`L'adresse ${EMAIL} n'est plus rattachée au FINESS 630789014.`);
  await expect(user.getByTestId("bound-finess")).toHaveText("—");
  await expect(user.getByRole("button", { name: "Délier l'adresse" })).toHaveCount(0);
  await expectNoAccessibilityViolations(page);

  // Its session ended with the unbinding; signing in again leads to the registration form with both profiles.
  await userPage.goto("/accueil");
  await expect(userPage).toHaveURL(/\/connexion(\?|$)/);
  await signIn(userPage, EMAIL);
  await expect(userPage).toHaveURL(/\/inscription$/);
  await expect(userPage.getByRole("group", { name: /^Établissement pour lequel vous vous inscrivez/ }).getByRole("radio")).toHaveCount(2);
  await userPage.context().close();
});

test("an ARS sees its region's users, read-only, and not another region's", async ({ page }) => {
  await signInAsRegistered(page, "ars.ara@demo.fr");
  await page.getByRole("link", { name: "Utilisateurs", exact: true }).first().click();
  await expect(page).toHaveURL(/\/admin\/utilisateurs$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Utilisateurs – Auvergne-Rhône-Alpes");
  const table = page.getByTestId("users");
  await expect(table.getByTestId("user-row-ars.ara@demo.fr")).toBeVisible();
  await expect(table.getByTestId("user-row-ars.idf@demo.fr")).toHaveCount(0);
  await expect(table.getByRole("link")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Délier|Mettre fin/ })).toHaveCount(0);
  // The detail of a user, where the buttons are, is not shown to it even by URL.
  await page.goto(`/admin/utilisateurs?email=${encodeURIComponent("admin@demo.fr")}`);
  await expect(page.getByTestId("user")).toHaveCount(0);
  await page.getByLabel("Rechercher un utilisateur").fill("seine");
  await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(page.getByTestId("users-empty")).toHaveText("Aucun utilisateur ne correspond à cette recherche.");
  await expectNoAccessibilityViolations(page);
  await page.setViewportSize({ width: 320, height: 900 });
  await page.goto("/admin/utilisateurs");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
