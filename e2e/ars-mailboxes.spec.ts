import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./accessibility";
import { signInAsRegistered } from "./login";

const NEW_MAILBOX = "ars-guadeloupe-distrilog-sante@ars.sante.fr";

test("the national admin replaces an overseas ARS mailbox; the help page gives the new one", async ({ page }) => {
  test.slow();
  await signInAsRegistered(page, "admin@demo.fr");
  await page.goto("/admin/boites-ars");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Adresses des ARS");
  const guadeloupe = page.getByTestId("mailbox-01");
  await expect(guadeloupe).toContainText("ars971-alerte@ars.sante.fr");
  await expectNoAccessibilityViolations(page);

  // A malformed address is refused in French, and nothing changes.
  await page.getByLabel("Région").selectOption({ label: "Guadeloupe" });
  await page.getByLabel("Nouvelle adresse électronique").fill("ars971 alerte");
  await page.getByRole("button", { name: "Enregistrer l'adresse" }).click();
  await expect(page.getByText("Adresse électronique invalide : elle doit être de la forme nom@domaine.fr.")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("mailbox-01")).toContainText("ars971-alerte@ars.sante.fr");

  await page.getByLabel("Région").selectOption({ label: "Guadeloupe" });
  await page.getByLabel("Nouvelle adresse électronique").fill(NEW_MAILBOX);
  await page.getByRole("button", { name: "Enregistrer l'adresse" }).click();
  await expect(page.getByText(`Adresse de l'ARS Guadeloupe enregistrée : ${NEW_MAILBOX}.`)).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("mailbox-01")).toContainText(NEW_MAILBOX);
  await expect(page.getByTestId("mailbox-01").getByTestId("last-change")).toContainText("Modifié par admin@demo.fr le ");

  await page.goto("/aide");
  const table = page.getByRole("table", { name: "Adresses électroniques des 18 ARS pour Distrilog-santé" });
  await expect(table.getByRole("row", { name: /Guadeloupe/ }).getByRole("link")).toHaveAttribute("href", `mailto:${NEW_MAILBOX}`);
});

test("the page is the national admin's only", async ({ page }) => {
  await signInAsRegistered(page, "ars.ara@demo.fr");
  await page.goto("/admin/boites-ars");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
  await expect(page.getByText("ars971-alerte@ars.sante.fr")).toHaveCount(0);
});

test("the e-mail and jobs pages read the database: digests by week and region, jobs by queue and state", async ({ page }) => {
  await signInAsRegistered(page, "admin@demo.fr");
  await page.goto("/admin/courriels");
  await expect(page.getByRole("heading", { level: 2, name: "Synthèses hebdomadaires des ARS" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Copies du récupérateur local" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.goto("/admin/taches");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tâches de fond");
  await expectNoAccessibilityViolations(page);
});
