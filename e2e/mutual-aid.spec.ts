import { expect, test, type Page } from "@playwright/test";
import { MUTUAL_AID_FINESS } from "../prisma/demo/mutual-aid";
import { confirmInDialog, expectNoAccessibilityViolations } from "./accessibility";
import { signInAsRegistered, signOut } from "./login";

const EHPAD = "EHPAD LES GLYCINES";
const HOSPITAL = "CH DU BEAUJOLAIS";
const UNKNOWN_COVER = "CLINIQUE DES MONTS D'OR";
const GLOVES = "Gants d'examen nitrile, taille M (boîte de 100)";

const text = async (page: Page, testId: string) => (await page.getByTestId(testId).innerText()).replace(/[\u202f\u00a0]/g, " ");

/** The latest glove count on the establishment's stock page. */
async function declaredGloves(page: Page): Promise<string> {
  await page.goto("/stock");
  const latest = page.getByTestId("declaration-history").locator("tbody tr").filter({ hasText: GLOVES }).first();
  return (await latest.locator("td").nth(2).innerText()).replace(/[\u202f\u00a0]/g, " ");
}

test("an EHPAD under 3 weeks of gloves borrows from the hospital nearby, which lends less; both stocks move; the ARS sees the loan", async ({ page }) => {
  // Four sign-ins and two stock pages: longer than one page's flow.
  test.setTimeout(180_000);

  // The EHPAD: gloves under 3 weeks; the hospital is proposed, the clinic counted once never is.
  await signInAsRegistered(page, "operateur@ehpad-glycines-demo.fr");
  await page.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Entraide", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Entraide entre établissements");
  const lenders = page.getByTestId("lenders-GANTS");
  await expect(lenders.getByTestId(`lender-${MUTUAL_AID_FINESS.hospitalEt}`)).toContainText(HOSPITAL);
  await expect(lenders.getByTestId(`lender-${MUTUAL_AID_FINESS.hospitalEt}`)).toContainText(/\d+ km/);
  await expect(lenders).not.toContainText(UNKNOWN_COVER);
  await expect(lenders.locator("tbody tr")).toHaveCount(1);
  await expectNoAccessibilityViolations(page);

  await page.getByLabel("Quantité demandée, en unités").fill("0");
  await page.getByRole("button", { name: "Demander un prêt" }).click();
  await expect(page.getByText("Indiquez au moins une unité.")).toBeVisible();
  await page.getByLabel("Quantité demandée, en unités").fill("2000");
  await page.getByLabel("Message au prêteur (facultatif)").fill("Rupture prévue vendredi");
  await page.getByRole("button", { name: "Demander un prêt" }).click();
  await expect(page.getByRole("status")).toContainText(/Demande de prêt n° \d+ envoyée/);
  const number = (await page.getByRole("status").innerText()).match(/n° (\d+)/)![1];
  const exchange = page.getByTestId(`exchange-${number}`);
  await expect(exchange.getByTestId("exchange-status")).toHaveText("Demandé");
  expect(await declaredGloves(page)).toBe("1 200 unités");
  await signOut(page);

  // The hospital accepts for less, then hands the gloves over: its declared stock goes down by what it lent.
  await signInAsRegistered(page, "operateur@ch-beaujolais-demo.fr");
  await page.goto("/entraide");
  await expect(page.getByTestId("no-shortage")).toBeVisible();
  await expect(exchange).toContainText("Rupture prévue vendredi");
  await expect(exchange).toContainText(EHPAD);
  await expectNoAccessibilityViolations(page);
  await exchange.getByLabel(`Quantité prêtée pour l'échange n° ${number}, en unités`).fill("1000");
  await exchange.getByRole("button", { name: `Accepter le prêt n° ${number}` }).click();
  await expect(exchange.getByTestId("exchange-status")).toHaveText("Accepté");
  await exchange.getByRole("button", { name: `Confirmer la remise – échange n° ${number}` }).click();
  await confirmInDialog(page, "Confirmer la remise");
  await expect(exchange.getByTestId("exchange-status")).toHaveText("Remis");
  // The button used is gone with its step: the focus is on the exchange, not lost at the top of the page.
  await expect(exchange.getByRole("heading")).toBeFocused();
  expect(await declaredGloves(page)).toBe("27 000 unités");
  await signOut(page);

  // The EHPAD confirms receipt: its declared stock goes up by the same quantity.
  await signInAsRegistered(page, "operateur@ehpad-glycines-demo.fr");
  await page.goto("/entraide");
  expect(await text(page, `exchange-${number}`)).toContain("Demandé : 2 000 gants ; accordé : 1 000 gants");
  await exchange.getByRole("button", { name: `Confirmer la réception – échange n° ${number}` }).click();
  await confirmInDialog(page, "Confirmer la réception");
  await expect(exchange.getByTestId("exchange-status")).toHaveText("Reçu");
  await expect(exchange.getByRole("button")).toHaveCount(0);
  expect(await declaredGloves(page)).toBe("2 200 unités");
  await signOut(page);

  // The ARS of the region sees the loan, with both parties and how to reach them.
  await signInAsRegistered(page, "ars.ara@demo.fr");
  await page.getByRole("link", { name: "Entraide entre établissements" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Entraide entre établissements – Auvergne-Rhône-Alpes");
  await expect(exchange.getByTestId("exchange-status")).toHaveText("Reçu");
  await expect(exchange).toContainText(HOSPITAL);
  await expect(exchange).toContainText(EHPAD);
  await expect(exchange).toContainText("operateur@ch-beaujolais-demo.fr");
  await expect(page.getByRole("main")).not.toContainText(UNKNOWN_COVER);
  await expectNoAccessibilityViolations(page);

  // Its cover view filters by sector, medico-social first.
  await page.goto("/couverture");
  await page.getByLabel("Secteur", { exact: true }).selectOption("MEDICO_SOCIAL");
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/secteur=MEDICO_SOCIAL/);
  await expect(page.getByTestId("below-target").locator("tbody tr").first()).toContainText("Médico-social");
  await expect(page.getByTestId("below-target")).not.toContainText("Sanitaire");
  await expectNoAccessibilityViolations(page);
});

test("an emergency request shows the neighbours who could have helped and what was tried, to the ARS and to the crisis centre", async ({ page }) => {
  test.setTimeout(180_000);
  await signInAsRegistered(page, "ars.ara@demo.fr");
  await page.goto("/depannages");
  await page.getByLabel("FINESS de l'établissement en difficulté").fill(MUTUAL_AID_FINESS.ehpadEt);
  await page.getByRole("button", { name: "Voir sa couverture et l'entraide possible" }).click();
  const gloves = page.getByTestId("emergency-local-aid-GANTS");
  await expect(gloves).toContainText("Sous l'objectif de 3 semaines");
  await expect(gloves).toContainText(`Voisins qui auraient pu prêter : ${HOSPITAL}`);
  await expect(gloves).not.toContainText(UNKNOWN_COVER);
  await expect(page.getByLabel("FINESS géographique de l'établissement à livrer")).toHaveValue(MUTUAL_AID_FINESS.ehpadEt);
  await expectNoAccessibilityViolations(page);

  await page.getByRole("spinbutton", { name: `Nombre de boîtes : ${GLOVES}` }).fill("20");
  await page.getByLabel("Motif de l'urgence").fill("Épidémie de gastro-entérite : consommation de gants triplée");
  await page.getByRole("button", { name: "Transmettre au centre de crise" }).click();
  await expect(page.getByText("Indiquez ce qui a été tenté localement")).toBeVisible();
  const tried = "Prêt de gants demandé au CH du Beaujolais, accordé en partie ; il manque encore deux semaines.";
  await page.getByLabel("Ce qui a été tenté localement").fill(tried);
  await page.getByRole("button", { name: "Transmettre au centre de crise" }).click();
  await expect(page.getByTestId("emergency-request-outcome")).toContainText("Demande transmise au centre de crise sanitaire");
  await expect(page.getByTestId("emergencies-table")).toContainText(`Tenté localement : ${tried}`);
  await expectNoAccessibilityViolations(page);
  await signOut(page);

  // The crisis centre decides knowing what was tried and who could have lent.
  await signInAsRegistered(page, "ccs@demo.fr");
  await page.getByRole("link", { name: "Dépannages urgents à décider" }).click();
  const row = page.getByTestId(`crisis-request-${MUTUAL_AID_FINESS.ehpadEt}`);
  await expect(row).toContainText(`Tenté : ${tried}`);
  await expect(row.getByTestId(/^crisis-local-aid-.+-GANTS$/)).toContainText(HOSPITAL);
  await expect(row).not.toContainText(UNKNOWN_COVER);
  await expectNoAccessibilityViolations(page);
  // Nothing left pending for the other specs: the centre sends it back to local aid.
  await row.getByLabel("Motif de la décision").fill("Le CH du Beaujolais peut encore prêter : voir l'entraide locale.");
  await row.getByRole("button", { name: `Refuser le dépannage de ${EHPAD}` }).click();
  await expect(page.getByTestId("decision-outcome")).toContainText(`Dépannage de ${EHPAD} refusé`);
  await expect(row).toHaveCount(0);
});
