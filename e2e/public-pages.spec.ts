import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./accessibility";

test("the FAQ answers by rubric, each question under an anchor other pages link to", async ({ page }) => {
  await page.goto("/faq#profil-unique");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText([
    "Connexion",
    "Numéro FINESS",
    "Rôles et profils",
    "Commandes et livraisons",
    "Assistance",
  ]);
  await expect(page.locator("#profil-unique")).toBeInViewport();
  const linked = {
    finess: "Quel numéro FINESS utiliser ?",
    role: "Quel rôle faut-il dans PLAGE ?",
    "profil-unique": "J'ai plusieurs profils PLAGE avec la même adresse électronique.",
    categories: "Mon établissement peut-il commander ?",
  };
  for (const [id, question] of Object.entries(linked)) {
    await expect(page.locator(`h3#${id}`)).toHaveText(question);
  }
  await expect(page.getByRole("link", { name: "finess.esante.gouv.fr" })).toHaveAttribute("href", "https://finess.esante.gouv.fr");
  await expectNoAccessibilityViolations(page);
});

test("the help page gives the helpline, ATIH support and the 18 ARS mailboxes", async ({ page }) => {
  await page.goto("/aide");
  const main = page.getByRole("main");
  await expect(main.getByRole("link", { name: "09 70 82 18 65" })).toHaveAttribute("href", "tel:+33970821865");
  await expect(main.getByRole("link", { name: "support@atih.sante.fr" })).toHaveAttribute("href", "mailto:support@atih.sante.fr");
  const table = main.getByRole("table", { name: "Adresses électroniques des 18 ARS pour Distrilog-santé" });
  await expect(table.getByRole("row")).toHaveCount(1 + 18);
  await expect(table.locator('a[href^="mailto:"]')).toHaveCount(18);
  await expect(table.getByRole("row", { name: /Île-de-France/ }).getByRole("link")).toHaveAttribute(
    "href",
    "mailto:ars-IDF-distrilog-sante@ars.sante.fr",
  );
  await expect(main.getByRole("link", { name: "foire aux questions" })).toHaveAttribute("href", "/faq");
  await expect(main.getByRole("link", { name: "formulaire de contact" })).toHaveAttribute("href", "/contact");
  await expectNoAccessibilityViolations(page);

  await page.getByRole("contentinfo").getByRole("link", { name: "Contactez-nous" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Contactez-nous");
});

test("the contact form explains errors in French, moves focus to them, then sends the message", async ({ page }) => {
  await page.goto("/contact");
  const send = page.getByRole("button", { name: "Envoyer le message" });
  const name = page.getByLabel("Nom et prénom");

  await send.click();
  await expect(name).toBeFocused();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toHaveAccessibleDescription("Indiquez votre nom.");
  await expect(page.getByLabel("Adresse électronique")).toHaveAccessibleDescription("Indiquez votre adresse électronique.");
  await expect(page.getByLabel("Sujet")).toHaveAccessibleDescription("Choisissez le sujet de votre message dans la liste.");
  await expect(page.getByLabel("Votre message")).toHaveAccessibleDescription("Écrivez votre message.");
  await expect(page.getByLabel("Numéro FINESS")).not.toHaveAttribute("aria-invalid");
  await expectNoAccessibilityViolations(page);

  await name.fill("Camille Martin");
  await page.getByLabel("Adresse électronique").fill("camille.martin@clinique-demo.fr");
  await page.getByLabel("Numéro FINESS").fill("690812343");
  await page.getByLabel("Sujet").selectOption({ label: "Commande et contingent" });
  await page.getByLabel("Votre message").fill("Notre commande de masques n'apparaît plus dans la liste.");
  await send.click();
  await expect(page.getByLabel("Numéro FINESS")).toBeFocused();
  await expect(page.getByLabel("Numéro FINESS")).toHaveAccessibleDescription(
    "La clé de contrôle du numéro FINESS est fausse : vérifiez le numéro sur le site FINESS.",
  );

  await page.getByLabel("Numéro FINESS").fill("690 812 342");
  await send.click();
  const sent = page.getByRole("status");
  await expect(sent).toContainText("Message envoyé");
  await expect(sent).toBeFocused();
  await expect(name).toHaveValue("");
  await expectNoAccessibilityViolations(page);
});
