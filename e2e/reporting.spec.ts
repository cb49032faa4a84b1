import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { shiftWeek } from "../lib/domain/time/paris-time";
import { expectNoAccessibilityViolations } from "./accessibility";
import { E2E_APP_PORT } from "./ports";
import { signedInPage, signInAsRegistered } from "./login";

const ARA_DEPARTEMENTS = ["01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74"];
const CH_BELLEY = "010005015";

/** "2 940" (French grouping, narrow no-break spaces) → 2940. */
async function numberIn(page: Page, testId: string): Promise<number> {
  return Number((await page.getByTestId(testId).innerText()).replace(/[\s\u202f\u00a0]/g, ""));
}

test.describe.configure({ mode: "serial" });

test("an operator's order and an approved emergency top-up reach the region's dashboard", async ({ browser }) => {
  // An order on the state stock, through the ordering pages, by the CH de Belley (Ain, Auvergne-Rhône-Alpes).
  const operator = await signedInPage(browser, "operateur@ch-mono-demo.fr");
  await operator.goto("/commandes/nouvelle");
  await operator.getByRole("spinbutton", { name: "Nombre de boîtes : Masque FFP2 (boîte de 20)" }).fill("1");
  await operator.getByRole("button", { name: "Commander sur stock de l'État" }).click();
  await expect(operator).toHaveURL(/\/commandes\/\d+$/);

  // The ARS files an emergency top-up for the same hospital…
  const ars = await signedInPage(browser, "ars.ara@demo.fr");
  await ars.getByRole("link", { name: "Dépannages urgents" }).first().click();
  await expect(ars.getByRole("heading", { level: 1 })).toHaveText("Dépannages urgents – Auvergne-Rhône-Alpes");
  await ars.getByRole("button", { name: "Transmettre au centre de crise" }).click();
  await expect(ars.getByText("Indiquez le FINESS géographique (9 caractères) de l'établissement à livrer.")).toBeVisible();
  await ars.getByLabel("FINESS géographique de l'établissement à livrer").fill("920003019");
  await ars.getByRole("spinbutton", { name: "Nombre de boîtes : Masque FFP2 (boîte de 20)" }).fill("2");
  await ars.getByLabel("Motif de l'urgence").fill("Afflux de patients après un accident collectif");
  await ars.getByLabel("Ce qui a été tenté localement").fill("Aucun établissement voisin n'a de masques FFP2 à prêter.");
  await ars.getByRole("button", { name: "Transmettre au centre de crise" }).click();
  await expect(ars.getByTestId("emergency-request-outcome")).toContainText("ne relève pas de votre région");
  await ars.getByLabel("FINESS géographique de l'établissement à livrer").fill(CH_BELLEY);
  await ars.getByRole("button", { name: "Transmettre au centre de crise" }).click();
  await expect(ars.getByTestId("emergency-request-outcome")).toContainText("Demande transmise au centre de crise sanitaire");
  await expect(ars.getByTestId("emergencies-table")).toContainText("En attente");
  await expect(ars).toHaveTitle("Dépannages urgents – Distrilog-santé");
  await expectNoAccessibilityViolations(ars);

  // … which the crisis centre approves: one order outside the quota, delivered by Santé publique France.
  const crisis = await signedInPage(browser, "ccs@demo.fr");
  await crisis.getByRole("link", { name: "Dépannages urgents à décider" }).click();
  const row = crisis.getByTestId(`crisis-request-${CH_BELLEY}`).first();
  await expect(row).toContainText("Masque FFP2 (boîte de 20) × 2");
  // Beside it, what the crisis centre needs to decide: who filed it, the hospital's cover and its quota use now.
  const context = row.locator('[data-testid^="crisis-context-"][data-testid$="-officer"]');
  await expect(context).toContainText("ars.ara@demo.fr");
  await expect(row.locator('[data-testid^="crisis-context-"][data-testid$="-cover"]')).not.toBeEmpty();
  await expect(row.locator('[data-testid^="crisis-context-"][data-testid$="-quota"]')).toBeVisible();
  await expectNoAccessibilityViolations(crisis);
  await row.getByRole("button", { name: /^Refuser le dépannage de CH DE BELLEY/ }).click();
  await expect(row.getByText("Indiquez le motif du refus : le demandeur le verra.")).toBeVisible();
  await row.getByRole("button", { name: /^Accepter le dépannage de CH DE BELLEY/ }).click();
  await expect(crisis.getByTestId("decision-outcome")).toContainText(/Dépannage de CH DE BELLEY accepté : commande n° \d+ transmise à Santé publique France\./);
  await expect(crisis.getByTestId("crisis-pending-empty")).toBeVisible();
  await expect(crisis.getByTestId("emergencies-table")).toContainText("Commande n°");

  await ars.reload();
  await expect(ars.getByTestId("emergencies-table")).toContainText("Acceptée");
  await Promise.all([operator.context().close(), ars.context().close(), crisis.context().close()]);
});

test("ars.ara sees only Auvergne-Rhône-Alpes, is refused Île-de-France by URL and by the export route, and downloads the page's totals", async ({ page, request }) => {
  await signInAsRegistered(page, "ars.ara@demo.fr");
  await page.getByRole("link", { name: "Tableau de bord de la région" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tableau de bord – Auvergne-Rhône-Alpes");

  const rows = page.getByTestId("establishments-table").locator("tbody tr");
  // The demo grows (the mutual-aid scenario added Rhône establishments): every row must be of the region, and the
  // region's five original establishments at least are there.
  await expect(rows.nth(4)).toBeVisible();
  for (const text of await rows.allInnerTexts()) {
    const departement = /\n?\s*(\w{2,3}) – /.exec(text.split("\t")[1] ?? "")?.[1];
    expect(ARA_DEPARTEMENTS).toContain(departement);
  }
  await expect(page.getByTestId("establishments-table")).toContainText("CH DE BELLEY");
  await expect(page.getByTestId("establishments-table")).not.toContainText("CLINIQUE DE LA SEINE");
  await expect(page.getByTestId("establishments-table")).not.toContainText("920003019");
  await expect(page.getByTestId("emergencies-table")).toContainText("CH DE BELLEY");
  await expect(page.getByTestId("consumption-map").locator("g[data-code]")).toHaveCount(12);
  expect(await numberIn(page, "total-state")).toBeGreaterThanOrEqual(20);
  expect(await numberIn(page, "total-outside")).toBeGreaterThanOrEqual(40);
  await expectNoAccessibilityViolations(page);

  // Another region by URL: refused, with nothing of it shown.
  await page.goto("/tableau-de-bord?region=11");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
  await expect(page.getByTestId("dashboard-refusal")).toContainText("votre périmètre est la région Auvergne-Rhône-Alpes");
  await expect(page.getByTestId("establishments-table")).toHaveCount(0);
  await page.goto("/tableau-de-bord?departement=75");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");

  // The export route called directly: 403 for another region with the ARS's session, 401 without one.
  const refused = await page.request.get("/tableau-de-bord/export?format=xlsx&region=11");
  expect(refused.status()).toBe(403);
  expect(await refused.text()).toContain("Accès refusé");
  expect((await page.request.get("/tableau-de-bord/export?format=csv&departement=92")).status()).toBe(403);
  expect((await request.get("/tableau-de-bord/export?format=csv")).status()).toBe(401);

  // The spreadsheet of the page adds up to the page's totals.
  await page.goto("/tableau-de-bord");
  const totals = {
    state: await numberIn(page, "total-state"),
    quota: await numberIn(page, "total-quota"),
    outside: await numberIn(page, "total-outside"),
    orders: await numberIn(page, "total-orders"),
    establishments: await numberIn(page, "total-establishments"),
  };
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Télécharger le tableur (XLSX)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^tableau-de-bord-84-\d{4}-W\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.getWorksheet("Établissements")!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1);
  const sum = (header: string) => {
    const column = headers.indexOf(header) + 1;
    expect(column).toBeGreaterThan(0);
    let total = 0;
    sheet.eachRow((row, n) => {
      if (n > 1) total += Number(row.getCell(column).value ?? 0);
    });
    return total;
  };
  expect(sheet.rowCount - 1).toBe(totals.establishments);
  expect(sum("Stock État (unités)")).toBe(totals.state);
  expect(sum("Contingent (unités)")).toBe(totals.quota);
  expect(sum("Hors contingent (unités)")).toBe(totals.outside);
  expect(sum("Commandes")).toBe(totals.orders);
  const departementColumn = headers.indexOf("Code département") + 1;
  sheet.eachRow((row, n) => {
    if (n > 1) expect(ARA_DEPARTEMENTS).toContain(String(row.getCell(departementColumn).value));
  });

  const csv = await page.request.get(`/tableau-de-bord/export?format=csv&departement=01`);
  expect(csv.status()).toBe(200);
  // Other specs import establishments of the Ain into the shared database: the filter keeps the Ain's, and only those.
  const ainFiness = (await csv.text()).trim().split("\r\n").slice(1).map((line) => line.split(";")[0]);
  expect(ainFiness).toContain(`"${CH_BELLEY}"`);
  for (const finess of ainFiness) expect(finess).toMatch(/^"01\d{7}"$/);

  // « Who has not ordered? »: the list keeps the establishments without an order of the week, sorted by name
  // backwards; the totals stay the region's, and the spreadsheet lists the same rows.
  await page.getByLabel("Établissements listés").selectOption("sans");
  await page.getByLabel("Trier les établissements par").selectOption("etablissement");
  await page.getByLabel("Ordre du tri").selectOption("decroissant");
  await page.getByRole("button", { name: "Afficher" }).click();
  await expect(page).toHaveURL(/commandes=sans/);
  await expect(page.getByTestId("dashboard-filters")).toContainText("sans commande cette semaine");
  expect(await numberIn(page, "total-orders")).toBe(totals.orders);
  const withoutOrder = page.getByTestId("establishments-table").locator("tbody tr");
  await expect(withoutOrder.first()).toBeVisible();
  const names: string[] = [];
  for (const row of await withoutOrder.all()) {
    await expect(row.locator("td").last()).toHaveText("0");
    names.push((await row.locator("th").innerText()).split("\n")[0].trim());
  }
  expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a, "fr")));
  const filtered = await page.request.get(`/tableau-de-bord/export?format=csv&commandes=sans`);
  const listed = Number(/Établissements \(([\d\s\u202f\u00a0]+)/.exec(await page.getByTestId("establishments-table").locator("caption").innerText())![1].replace(/\D/g, ""));
  expect((await filtered.text()).trim().split("\r\n").length - 1).toBe(listed);
  await page.goto("/tableau-de-bord?tri=montant");
  await expect(page.getByTestId("dashboard-refusal")).toContainText("Tri inconnu");

  // Three weeks at once: at least this week's figures, the period named, its spreadsheet adding up to the page, and
  // the page readable at 320 px (the period's filters included) as at 1280 px.
  await page.goto("/tableau-de-bord");
  const week = /Semaine (\d{4}-W\d{2})/.exec(await page.getByTestId("dashboard-week").innerText())![1];
  const from = shiftWeek(week, -2);
  await page.goto(`/tableau-de-bord?depuis=${from}&semaine=${week}`);
  await expect(page.getByTestId("dashboard-week")).toContainText(`Semaines ${from} à ${week}`);
  await expect(page.getByRole("heading", { level: 2, name: "Synthèse de la période" })).toBeVisible();
  const periodState = await numberIn(page, "total-state");
  expect(periodState).toBeGreaterThanOrEqual(totals.state);
  await expectNoAccessibilityViolations(page);
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/${E2E_APP_PORT}/screens/tableau-de-bord-periode-${width}.png`, fullPage: true });
  }
  const periodDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Télécharger le tableur (XLSX)" }).click();
  const periodFile = await periodDownload;
  expect(periodFile.suggestedFilename()).toBe(`tableau-de-bord-84-${from}-${week}.xlsx`);
  const periodBook = new ExcelJS.Workbook();
  await periodBook.xlsx.readFile(await periodFile.path());
  expect(periodBook.getWorksheet("Synthèse")!.getRow(7).values).toEqual([undefined, "Stock État (unités)", periodState]);
  await page.goto(`/tableau-de-bord?depuis=${shiftWeek(week, -12)}&semaine=${week}`);
  await expect(page.getByTestId("dashboard-refusal")).toContainText("Période trop longue : 13 semaines, 12 au plus.");
  await page.goto(`/tableau-de-bord?depuis=${from}&semaine=${week}&region=11`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
});

test("the national administrator sees every region on a map of France, and can look at one", async ({ page }) => {
  await signInAsRegistered(page, "admin@demo.fr");
  await page.getByRole("link", { name: "Tableau de bord national" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tableau de bord national");
  await expect(page.getByTestId("consumption-map").locator("g[data-code]")).toHaveCount(18);
  await expect(page.getByTestId("establishments-table")).toContainText("CLINIQUE DE LA SEINE");
  await expect(page.getByTestId("establishments-table")).toContainText("CH DE BELLEY");
  await expectNoAccessibilityViolations(page);
  await page.getByRole("combobox", { name: "Région", exact: true }).selectOption("11");
  await page.getByRole("button", { name: "Afficher" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tableau de bord – Île-de-France");
  await expect(page.getByTestId("establishments-table").locator("tbody tr")).toHaveCount(1);
  // What the portal sent is readable from the local SMTP catcher the stack started.
  await page.getByRole("link", { name: "Courriels envoyés" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Courriels envoyés");
  await expect(page.getByText(process.env.MAIL_CATCHER_DIR!)).toBeVisible();
});

test("an establishment user asks to become its APE; the region's ARS approves; both see the outcome", async ({ browser }) => {
  const user = await signedInPage(browser, "operateur@ehpad-demo.fr");
  await user.getByRole("link", { name: "Rôle d'administrateur principal de l'établissement (APE)" }).click();
  await expect(user.getByTestId("ape-status")).toHaveText("Vous n'êtes pas administrateur principal de votre établissement.");
  await user.getByRole("button", { name: "Envoyer la demande à l'ARS" }).click();
  await expect(user.getByText("Expliquez en quelques mots pourquoi vous demandez ce rôle")).toBeVisible();
  await user.getByLabel("Motivation").fill("Je suis la cadre de santé qui gère les accès de l'EHPAD.");
  await user.getByRole("button", { name: "Envoyer la demande à l'ARS" }).click();
  await expect(user.getByTestId("ape-status")).toHaveText("Votre demande est en attente de la décision de votre ARS.");
  await expect(user.getByTestId("ape-requests")).toContainText("En attente");
  // The refreshed page streams its metadata again: wait for the title before the accessibility check.
  await expect(user).toHaveTitle("Administrateur principal (APE) – Distrilog-santé");
  await expectNoAccessibilityViolations(user);

  // Île-de-France's ARS does not see it; Auvergne-Rhône-Alpes's does, and approves.
  const idf = await signedInPage(browser, "ars.idf@demo.fr");
  await idf.goto("/demandes-ape");
  await expect(idf.getByTestId("ape-pending-empty")).toBeVisible();
  const ars = await signedInPage(browser, "ars.ara@demo.fr");
  await ars.getByRole("link", { name: "Demandes de rôle APE à traiter" }).click();
  const row = ars.getByTestId("ape-request-630789014");
  await expect(row).toContainText("Je suis la cadre de santé");
  await expectNoAccessibilityViolations(ars);
  await row.getByLabel("Motif de la décision").fill("Confirmé par la direction de l'EHPAD");
  await row.getByRole("button", { name: /^Accepter la demande de Nadia Benali/ }).click();
  await expect(ars.getByTestId("decision-outcome")).toHaveText("Demande acceptée : Nadia Benali est désormais APE de l'établissement EHPAD LES TILLEULS.");
  await expect(ars.getByTestId("ape-pending-empty")).toBeVisible();

  await user.reload();
  await expect(user.getByTestId("ape-status")).toHaveText("Vous êtes l'administrateur principal (APE) de votre établissement.");
  await expect(user.getByTestId("ape-requests")).toContainText("Confirmé par la direction de l'EHPAD");
  await Promise.all([user.context().close(), idf.context().close(), ars.context().close()]);
});

test("an ARS is warned that the establishment already has an APE, and approves a second one only once it confirms", async ({ browser }) => {
  // The clinic's APE (PLAGE says so) has signed in: the portal knows them.
  const current = await signedInPage(browser, "ape@clinique-demo.fr");
  const user = await signedInPage(browser, "inventaire@clinique-demo.fr");
  await user.goto("/ape");
  await user.getByLabel("Motivation").fill("Je gère les habilitations du stock avec l'APE actuel.");
  await user.getByRole("button", { name: "Envoyer la demande à l'ARS" }).click();
  await expect(user.getByTestId("ape-status")).toHaveText("Votre demande est en attente de la décision de votre ARS.");

  const ars = await signedInPage(browser, "ars.ara@demo.fr");
  await ars.goto("/demandes-ape");
  const row = ars.getByTestId("ape-request-690812342").filter({ hasText: "Inès Roux" });
  await expect(row.getByTestId("current-apes")).toHaveText("Déjà un APE : Marc Fontaine (ape@clinique-demo.fr)");
  await expectNoAccessibilityViolations(ars);
  const approve = row.getByRole("button", { name: /^Accepter la demande de Inès Roux/ });
  await approve.click();
  await expect(row.getByRole("alert")).toHaveText(
    "Cet établissement a déjà un APE (Marc Fontaine (ape@clinique-demo.fr)) : cochez la confirmation pour en nommer un de plus, ou refusez la demande.",
  );
  // Ticked from the keyboard: DSFR draws the box on the label, over the input.
  const confirm = row.getByRole("checkbox", { name: "Je confirme : CLINIQUE DU PARC aura un APE de plus" });
  await confirm.press("Space");
  await expect(confirm).toBeChecked();
  await approve.click();
  await expect(ars.getByTestId("decision-outcome")).toHaveText("Demande acceptée : Inès Roux est désormais APE de l'établissement CLINIQUE DU PARC.");
  await Promise.all([current.context().close(), user.context().close(), ars.context().close()]);
});

test("pages of other roles are refused", async ({ page }) => {
  await signInAsRegistered(page, "operateur@clinique-demo.fr");
  for (const path of ["/tableau-de-bord", "/demandes-ape", "/depannages", "/centre-de-crise"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
  }
  expect((await page.request.get("/tableau-de-bord/export?format=csv")).status()).toBe(403);
});
