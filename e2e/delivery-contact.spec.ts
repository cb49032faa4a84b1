import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./accessibility";
import { signInAsRegistered } from "./login";

test("an establishment user changes the delivery contact given at registration; a wrong phone changes nothing", async ({ page }) => {
  // An account no other spec registers: its contact is this spec's to change.
  await signInAsRegistered(page, "operateur@ehpad-corse-demo.fr");
  await page.getByRole("link", { name: "Contact et horaires de réception des livraisons" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Contact de livraison");
  await expect(page.getByText(/pour .+ \(FINESS \w{9}\)/)).toBeVisible();
  const name = page.getByLabel("Contact pour les livraisons");
  const phone = page.getByLabel("Téléphone du contact livraison");
  const hours = page.getByLabel("Jours et horaires de réception des livraisons");
  await expect(name).toHaveValue("Magasin central");
  await expect(phone).toHaveValue("04 72 00 00 01");
  await expectNoAccessibilityViolations(page);

  await name.fill("Quai de réception, bâtiment B");
  await phone.fill("04 95");
  await page.getByRole("button", { name: "Enregistrer le contact de livraison" }).click();
  await expect(phone).toHaveAccessibleDescription("Téléphone du contact livraison : indiquez un numéro français à 10 chiffres, par exemple 04 72 00 00 00.");
  await expect(phone).toBeFocused();
  await page.reload();
  await expect(name).toHaveValue("Magasin central");

  await name.fill("Quai de réception, bâtiment B");
  await phone.fill("04 95 00 00 02");
  await hours.fill("Du lundi au samedi, 7h–13h");
  await page.getByRole("button", { name: "Enregistrer le contact de livraison" }).click();
  await expect(page.getByRole("status")).toHaveText("Contact de livraison enregistré : il figure sur la liste de préparation de vos prochaines commandes.");
  await page.reload();
  await expect(name).toHaveValue("Quai de réception, bâtiment B");
  await expect(phone).toHaveValue("04 95 00 00 02");
  await expect(hours).toHaveValue("Du lundi au samedi, 7h–13h");
  await expectNoAccessibilityViolations(page);
});

test("a form whose check cannot be fetched any more (connection dropped after the page came) gets the server's French message on its field", async ({ page }) => {
  await signInAsRegistered(page, "operateur@ehpad-corse-demo.fr");
  await page.getByRole("link", { name: "Contact et horaires de réception des livraisons" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Contact de livraison");
  // The form's schema and resolver come with the first focus: from now on no script can be fetched.
  await page.route("**/_next/static/**", (route) => route.abort());
  const phone = page.getByLabel("Téléphone du contact livraison");
  await phone.fill("04 95");
  await page.getByRole("button", { name: "Enregistrer le contact de livraison" }).click();
  await expect(phone).toHaveAccessibleDescription("Téléphone du contact livraison : indiquez un numéro français à 10 chiffres, par exemple 04 72 00 00 00.");
  await expect(phone).toBeFocused();
  await page.unroute("**/_next/static/**");
  await page.reload();
  await expect(phone).not.toHaveValue("04 95");
});
