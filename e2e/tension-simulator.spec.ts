import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./accessibility";
import { signInAsRegistered } from "./login";
import { expectFitsBothWidths } from "./screens";

test("the simulator shows the weeks the national stock lasts for a chosen tension, and pre-fills the decree", async ({ page }) => {
  await signInAsRegistered(page, "admin@demo.fr");
  await page.goto("/admin/tension");
  await page.getByRole("navigation", { name: "Administration nationale" }).getByRole("link", { name: "Simulateur de tension" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Simulateur de tension");
  // Every product's stock against the state's recent orders.
  const ffp2Runway = page.getByTestId("runway").getByRole("row", { name: /^Masque FFP2 \(boîte de 20\)/ });
  await expect(ffp2Runway.getByRole("cell").first()).toHaveText(/^\d[\d\s]* masques$/);
  await expect(ffp2Runway.getByRole("cell").last()).toHaveText(/semaines?|aucune commande/);
  await expectNoAccessibilityViolations(page);

  // Bad input: a French message on the field, no simulation.
  await page.getByLabel("Catégorie d'EPI").selectOption({ label: "Masques FFP2" });
  await page.getByLabel("Unités par lit ou place et par semaine").fill("beaucoup");
  await page.getByRole("button", { name: "Simuler" }).click();
  await expect(page.getByLabel("Unités par lit ou place et par semaine")).toHaveAccessibleDescription(
    /Unités par lit ou place : indiquez un nombre positif ou nul, avec au plus 4 décimales, par exemple 1,5\./,
  );
  await expect(page.getByTestId("simulation")).toHaveCount(0);

  // Quotas so high that the stock lasts under the circular's 10 weeks: the page says so, and what would last 10.
  await page.getByLabel("Unités par lit ou place et par semaine").fill("10000");
  await page.getByLabel("Unités par salarié et par semaine").fill("0,5");
  await page.getByRole("button", { name: "Simuler" }).click();
  const simulation = page.getByTestId("simulation");
  await expect(simulation.getByRole("heading")).toHaveText("Tension simulée : Masques FFP2");
  await expect(simulation.getByTestId("weekly-quota")).toHaveText(/^\d[\d\s]* masques$/);
  await expect(simulation.getByTestId("national-stock")).toHaveText(/^\d[\d\s]* masques$/);
  await expect(simulation.getByTestId("weeks-of-stock")).toHaveText(/^\d+(,\d)? semaines? moins de 10 semaines$/);
  await expect(simulation.getByTestId("for-target")).toContainText("Pour que le stock tienne 10 semaines : au plus ");
  await expectNoAccessibilityViolations(page);
  await expectFitsBothWidths(page, "docs/screenshots", "simulateur-tension");

  // The parameters that last 10 weeks, tried in one click, do.
  await simulation.getByRole("link", { name: "Simuler ces paramètres" }).click();
  await expect(page.getByTestId("weeks-of-stock")).toContainText("au moins 10 semaines");

  // No quota at all: the stock does not run down.
  await page.getByLabel("Unités par lit ou place et par semaine").fill("0");
  await page.getByLabel("Unités par salarié et par semaine").fill("0");
  await page.getByRole("button", { name: "Simuler" }).click();
  await expect(page.getByTestId("weeks-of-stock")).toContainText("sans limite : ces paramètres donnent un contingent nul");

  // Deciding it: the decree form comes with the category chosen and the simulated parameters recalled.
  await page.getByLabel("Unités par lit ou place et par semaine").fill("1,5");
  await page.getByLabel("Unités par salarié et par semaine").fill("0,25");
  await page.getByRole("button", { name: "Simuler" }).click();
  await page.getByRole("link", { name: "Décider cette tension" }).click();
  await expect(page).toHaveURL(/\/admin\/tension\?categorie=MASQUES_FFP2&parLit=1%2C5&parSalarie=0%2C25$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Décrets de tension");
  await expect(page.getByLabel("Catégorie d'EPI")).toHaveValue("MASQUES_FFP2");
  await expect(page.getByTestId("simulated-tension")).toContainText("Tension simulée pour Masques FFP2 avec 1,5 unités par lit ou place et 0,25 par salarié");
  await expectNoAccessibilityViolations(page);

  // The quotas it was tried with, proposed in the category's parameters form.
  await page.getByRole("link", { name: "régler le contingent de Masques FFP2" }).click();
  await expect(page.getByRole("heading", { name: "Modifier les paramètres de la catégorie Masques FFP2" })).toBeVisible();
  await expect(page.getByLabel("Par lit ou place")).toHaveValue("1,5");
  await expect(page.getByLabel("Par salarié")).toHaveValue("0,25");
});
