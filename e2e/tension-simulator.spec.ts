import { expect, test, type Page } from "@playwright/test";
import { simulateTension, tensionOutlook, type CategorySimulation } from "../lib/domain/tension/runway";
import { countOf, weeksOfCover } from "../lib/domain/wording/french";
import { expectNoAccessibilityViolations } from "./accessibility";
import { signInAsRegistered } from "./login";
import { queryDatabase } from "./own-stack";
import { expectFitsBothWidths } from "./screens";

const PER_BED = "Unités par lit ou place et par semaine";
const PER_STAFF = "Unités par salarié et par semaine";

/** The simulation the domain makes of the database as it is now (other specs may have ordered or received stock). */
async function expectedSimulation(codes: string[], parameters: { perCapacityUnit: number; perStaffMember: number }) {
  const url = process.env.E2E_DATABASE_URL!;
  const establishments = await queryDatabase<{ finess: string; capacity: number; salariedStaff: number }>(
    url,
    `SELECT e.finess, e.capacity, e."salariedStaff" FROM "Establishment" e JOIN "Category" c ON c.code = e."categoryCode" WHERE c.eligible`,
  );
  const stock = await queryDatabase<{ code: string; units: number }>(
    url,
    `SELECT p."categoryCode" AS code, COALESCE(SUM(s.quantity), 0)::int AS units
     FROM "ProductCategory" pc LEFT JOIN "Product" p ON p."categoryCode" = pc.code LEFT JOIN "NationalStock" s ON s."productId" = p.id
     WHERE pc.code = ANY($1) GROUP BY p."categoryCode"`,
    [codes],
  );
  const simulations = simulateTension(
    codes.map((code) => ({ code, parameters, stockUnits: stock.find((row) => row.code === code)?.units ?? 0 })),
    establishments,
  );
  return { establishments: establishments.length, simulations, outlook: tensionOutlook(simulations) };
}

/** Ticked from the keyboard: DSFR draws the box on the label, over the input. */
async function tick(page: Page, category: string) {
  const box = page.getByRole("group", { name: /Catégories d'EPI à simuler/ }).getByRole("checkbox", { name: category });
  await box.press("Space");
  await expect(box).toBeChecked();
}

async function expectRow(page: Page, simulation: CategorySimulation, unitLabel: string) {
  const row = page.getByTestId(`simulation-${simulation.code}`);
  await expect(row.getByTestId("weekly-quota")).toHaveText(countOf(simulation.weeklyQuotaUnits, unitLabel));
  await expect(row.getByTestId("national-stock")).toHaveText(countOf(simulation.stockUnits, unitLabel));
  const badge = simulation.meetsTarget ? "au moins 10 semaines" : "moins de 10 semaines";
  await expect(row.getByTestId("weeks-of-stock")).toHaveText(
    `${simulation.weeksOfStock === null ? "sans limite : contingent nul" : weeksOfCover(simulation.weeksOfStock)} ${badge}`,
  );
}

test("the simulator shows the weeks the national stock of several categories lasts for a chosen tension, and pre-fills the decree", async ({ page }) => {
  await signInAsRegistered(page, "admin@demo.fr");
  await page.goto("/admin/tension");
  await page.getByRole("navigation", { name: "Administration nationale" }).getByRole("link", { name: "Simulateur de tension" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Simulateur de tension");
  // Every product's stock against the state's recent orders.
  const ffp2Runway = page.getByTestId("runway").getByRole("row", { name: /^Masque FFP2 \(boîte de 20\)/ });
  await expect(ffp2Runway.getByRole("cell").first()).toHaveText(/^\d[\d\s]* masques$/);
  await expect(ffp2Runway.getByRole("cell").last()).toHaveText(/semaines?|aucune commande/);
  await expectNoAccessibilityViolations(page);

  // Bad input: no category ticked, then a parameter that is no number — a French message, no simulation.
  const categories = page.getByRole("group", { name: /Catégories d'EPI à simuler/ });
  await page.getByLabel(PER_BED).fill("2");
  await page.getByRole("button", { name: "Simuler" }).click();
  await expect(categories).toContainText("Cochez au moins une catégorie d'EPI à simuler.");
  await expect(page.getByTestId("simulation")).toHaveCount(0);
  await tick(page, "Masques FFP2");
  await page.getByLabel(PER_BED).fill("beaucoup");
  await page.getByRole("button", { name: "Simuler" }).click();
  await expect(page.getByLabel(PER_BED)).toHaveAccessibleDescription(
    /Unités par lit ou place : indiquez un nombre positif ou nul, avec au plus 4 décimales, par exemple 1,5\./,
  );
  await expect(page.getByRole("group", { name: /Catégories d'EPI à simuler/ }).getByLabel("Masques FFP2")).toBeChecked();
  await expect(page.getByTestId("simulation")).toHaveCount(0);
  // A category the catalogue does not have, typed in the address: named, nothing simulated.
  await page.goto("/admin/tension/simulateur?categorie=MASQUES_FFP2&categorie=INCONNUE&parLit=1&parSalarie=1");
  await expect(categories).toContainText("La catégorie d'EPI INCONNUE n'existe pas : rechargez la page et choisissez-en une dans la liste.");
  await expect(page.getByTestId("simulation")).toHaveCount(0);

  // Two categories, quotas so high that neither stock lasts the circular's 10 weeks: each one's figures are the domain's,
  // and the page names the one that runs out first.
  await page.goto("/admin/tension/simulateur");
  await tick(page, "Masques chirurgicaux");
  await tick(page, "Masques FFP2");
  await page.getByLabel(PER_BED).fill("10000");
  await page.getByLabel(PER_STAFF).fill("0,5");
  await page.getByRole("button", { name: "Simuler" }).click();
  const simulation = page.getByTestId("simulation");
  await expect(simulation.getByRole("heading")).toHaveText("Tension simulée : Masques chirurgicaux et Masques FFP2");
  const expected = await expectedSimulation(["MASQUES_CHIRURGICAUX", "MASQUES_FFP2"], { perCapacityUnit: 10_000, perStaffMember: 0.5 });
  expect(expected.simulations.every((s) => s.weeklyQuotaUnits > 0 && !s.meetsTarget)).toBe(true);
  await expect(simulation).toContainText(`Contingents de ${countOf(expected.establishments, "établissement")} éligibles`);
  for (const category of expected.simulations) await expectRow(page, category, "masque");
  const first = expected.outlook.firstToRunOut!;
  await expect(simulation.getByTestId("outlook")).toHaveText(
    `Le stock qui s'épuise le premier : ${first.code === "MASQUES_FFP2" ? "masques FFP2" : "masques chirurgicaux"}, en ${weeksOfCover(first.weeksOfStock!)}. ` +
      "Moins de 10 semaines : masques chirurgicaux et masques FFP2.",
  );
  await expect(page.getByTestId("simulation-MASQUES_FFP2").getByTestId("for-target")).toContainText("Pour tenir 10 semaines : au plus ");
  await expectNoAccessibilityViolations(page);
  await expectFitsBothWidths(page, "docs/screenshots", "simulateur-tension");

  // The FFP2 parameters that last 10 weeks, tried in one click, do.
  await page.getByRole("link", { name: "Simuler ces paramètres pour masques FFP2" }).click();
  await expect(page.getByTestId("simulation-MASQUES_FFP2").getByTestId("weeks-of-stock")).toContainText("au moins 10 semaines");
  await expect(page.getByTestId("simulation-MASQUES_CHIRURGICAUX")).toHaveCount(0);
  // The form shows the simulation the link asked for.
  await expect(categories.getByRole("checkbox", { name: "Masques FFP2" })).toBeChecked();
  await expect(categories.getByRole("checkbox", { name: "Masques chirurgicaux" })).not.toBeChecked();
  await expect(page.getByLabel(PER_STAFF)).not.toHaveValue("0,5");

  // No quota at all: no stock runs down.
  await tick(page, "Masques chirurgicaux");
  await page.getByLabel(PER_BED).fill("0");
  await page.getByLabel(PER_STAFF).fill("0");
  await page.getByRole("button", { name: "Simuler" }).click();
  await expect(page.getByTestId("outlook")).toHaveText(
    "Aucun stock ne s'épuise : ces paramètres donnent un contingent nul. Toutes les catégories choisies tiennent au moins 10 semaines.",
  );
  await expect(page.getByTestId("simulation-MASQUES_CHIRURGICAUX").getByTestId("weeks-of-stock")).toHaveText("sans limite : contingent nul au moins 10 semaines");

  // Deciding the FFP2 tension: the decree form comes with that category chosen and the simulated parameters recalled.
  await page.getByLabel(PER_BED).fill("1,5");
  await page.getByLabel(PER_STAFF).fill("0,25");
  await page.getByRole("button", { name: "Simuler" }).click();
  await page.getByRole("link", { name: "Décider cette tension pour masques FFP2" }).click();
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
