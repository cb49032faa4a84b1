import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { isoWeekOf } from "../lib/domain/time/paris-time";
import { expectNoAccessibilityViolations, pickWeek } from "./accessibility";
import { signInAsRegistered } from "./login";

const FFP2 = "Masque FFP2 (boîte de 20)";
const CSV_HEADER =
  '"N° commande";"Statut";"Transporteur";"FINESS de livraison";"Établissement";"Adresse";"Code postal et commune";"Département";' +
  '"Contact livraison";"Téléphone du contact";"Horaires de réception";"Référence produit";"Produit";"Boîtes";"Unités"';

/** The clinic operator places a state-stock order through the ordering page (a consortium order is not logistics'). */
async function placeOrder(page: Page): Promise<number> {
  await signInAsRegistered(page, "operateur@clinique-demo.fr");
  return orderFfp2(page, 2);
}

/** The signed-in operator orders FFP2 boxes on the state's stock; the order's number. */
async function orderFfp2(page: Page, packs: number): Promise<number> {
  await page.goto("/commandes/nouvelle");
  await page.getByRole("spinbutton", { name: `Nombre de boîtes : ${FFP2}` }).fill(String(packs));
  await page.getByRole("button", { name: "Commander sur stock de l'État" }).click();
  await expect(page).toHaveURL(/\/commandes\/\d+$/);
  return Number(/\/commandes\/(\d+)$/.exec(page.url())![1]);
}

/** The picking list as the server sends it: status, headers and the decoded body (BOM kept). */
async function pickingList(page: Page, week: string) {
  const response = await page.request.get(`/logistique/preparation?semaine=${week}`);
  const body = await response.body();
  return { response, body, text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(body) };
}

test("a logistician prepares, ships (with a tracking number) and delivers an order, and downloads the picking list", async ({ page, browser }) => {
  const week = isoWeekOf(new Date()).key;
  const operatorContext = await browser.newContext();
  const operator = await operatorContext.newPage();
  const number = await placeOrder(operator);

  await signInAsRegistered(page, "logistique@demo.fr");
  await page.goto("/logistique");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Commandes de la semaine ${week}`);
  const row = page.getByTestId(`order-${number}`);
  await expect(row).toContainText("CLINIQUE DU PARC");
  await expect(row).toContainText("FINESS 690812342");
  await expect(row).toContainText("État gratuit");
  await expect(row).toContainText(`${FFP2} × 2`);
  await expect(row.getByTestId("order-status")).toHaveText("Transmise");
  await expect(page.getByTestId("status-counts").locator('[data-status="SUBMITTED"]')).toContainText(/Transmise : [1-9]/);
  await expectNoAccessibilityViolations(page);

  // The picking list, downloaded as a user does: named after the week, BOM, header row, the order's line.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /Télécharger la liste de préparation/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`preparation-${week}.csv`);
  const downloaded = await readFile((await file.path())!);
  expect([...downloaded.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = downloaded.toString("utf8").slice(1).split("\r\n");
  expect(lines[0]).toBe(CSV_HEADER);
  const line = lines.find((l) => l.startsWith(`${number};`));
  expect(line).toMatch(/^\d+;"Transmise";"[^"]+";"690812342";"CLINIQUE DU PARC";/);
  expect(line).toContain(`"Magasin central";"04 72 00 00 01";"Du lundi au vendredi, 8h–16h";"EPI-FFP2-20";"${FFP2}";2;40`);

  const csv = await pickingList(page, week);
  expect(csv.response.status()).toBe(200);
  expect(csv.response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(csv.response.headers()["content-disposition"]).toBe(`attachment; filename="preparation-${week}.csv"`);

  await row.getByRole("button", { name: `Mettre en préparation : commande n° ${number}` }).click();
  await expect(row.getByTestId("order-status")).toHaveText("En préparation");

  // Shipping needs a valid tracking number: refused in French, then accepted.
  const tracking = row.getByLabel(`Numéro de suivi de la commande n° ${number}`);
  const ship = row.getByRole("button", { name: `Marquer expédiée : commande n° ${number}` });
  await ship.click();
  // The error is the field's: tied to it, and the focus goes there.
  await expect(tracking).toHaveAccessibleDescription("Indiquez le numéro de suivi du colis pour marquer la commande expédiée.");
  await expect(tracking).toHaveAttribute("aria-invalid", "true");
  await expect(tracking).toBeFocused();
  await tracking.fill("6A 12");
  await ship.click();
  await expect(tracking).toHaveAccessibleDescription(/^Le numéro de suivi comporte de 4 à 40 caractères/);
  await expect(row.getByTestId("order-status")).toHaveText("En préparation");
  await tracking.fill("6A-12345678");
  await ship.click();
  await expect(row.getByTestId("order-status")).toContainText("Expédiée");
  await expect(row.getByTestId("order-status")).toContainText("Suivi : 6A-12345678");
  // Shipped: no longer on the picking list.
  expect((await pickingList(page, week)).text.split("\r\n").some((l) => l.startsWith(`${number};`))).toBe(false);

  await row.getByRole("button", { name: `Marquer livrée : commande n° ${number}` }).click();
  await expect(row.getByTestId("order-status")).toContainText("Livrée");
  await expect(row.getByRole("button")).toHaveCount(0);
  await expectNoAccessibilityViolations(page);

  // The establishment sees where its order stands.
  await operator.goto(`/commandes/${number}`);
  await expect(operator.getByRole("heading", { level: 1 })).toContainText("Livrée");
  await expect(operator.getByTestId("order-tracking").getByRole("link", { name: "6A-12345678" })).toHaveAttribute(
    "href",
    "https://www.laposte.fr/outils/suivre-vos-envois?code=6A-12345678",
  );
  await operatorContext.close();
});

test("a logistician prepares ticked orders and ships them with the carrier's CSV of tracking numbers, all or none", async ({ page, browser }) => {
  const operatorContext = await browser.newContext();
  const operator = await operatorContext.newPage();
  const first = await placeOrder(operator);
  const second = await orderFfp2(operator, 1);
  await operatorContext.close();

  await signInAsRegistered(page, "logistique@demo.fr");
  await page.goto("/logistique");
  const rows = [page.getByTestId(`order-${first}`), page.getByTestId(`order-${second}`)];
  // Ticked from the keyboard: DSFR draws the box on the label, over the input.
  for (const number of [first, second]) {
    const box = page.getByRole("checkbox", { name: `Commande n° ${number}` });
    await box.press("Space");
    await expect(box).toBeChecked();
  }
  await page.getByRole("button", { name: "Appliquer aux commandes cochées" }).click();
  await expect(page.getByTestId("bulk-outcome")).toContainText("2 commandes : « Mettre en préparation » fait.");
  for (const row of rows) await expect(row.getByTestId("order-status")).toHaveText("En préparation");

  // One bad line: the file is refused, each bad line named, nothing shipped.
  const upload = page.getByLabel("Fichier CSV des numéros de suivi");
  const send = page.getByRole("button", { name: "Marquer expédiées les commandes du fichier" });
  await upload.setInputFiles({ name: "suivi.csv", mimeType: "text/csv", buffer: Buffer.from(`N° commande;N° de suivi\r\n${first};6A-00000001\r\n${second};6A 2\r\n`) });
  await send.click();
  const outcome = page.getByTestId("tracking-outcome");
  await expect(outcome.getByRole("alert")).toContainText("Aucune commande n'a été modifiée : 1 ligne du fichier est en erreur.");
  await expect(page.getByTestId("tracking-errors")).toHaveText(/^Ligne 3 : Le numéro de suivi comporte de 4 à 40 caractères/);
  await expectNoAccessibilityViolations(page);
  await page.reload();
  for (const row of rows) await expect(row.getByTestId("order-status")).toHaveText("En préparation");

  await upload.setInputFiles({ name: "suivi.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${first};6A-00000001\r\n${second};6A-00000002\r\n`) });
  await send.click();
  await expect(outcome.getByRole("status")).toHaveText("2 commandes : « Marquer expédiée » fait, avec leur numéro de suivi.");
  await expect(rows[0].getByTestId("order-status")).toContainText("Suivi : 6A-00000001");
  await expect(rows[1].getByTestId("order-status")).toContainText("Suivi : 6A-00000002");
  await expect(rows[1].getByTestId("order-status")).toContainText("Expédiée");
});

test("the week and status filters, and a malformed week", async ({ page }) => {
  await signInAsRegistered(page, "logistique@demo.fr");
  await page.goto("/logistique?semaine=2026-W48&statut=DELIVERED");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Commandes de la semaine 2026-W48");
  await expect(page.getByTestId("week-range")).toContainText("Du lundi 23 novembre 2026 au dimanche 29 novembre 2026");
  await page.getByRole("link", { name: "Semaine précédente (2026-W47)" }).click();
  await expect(page).toHaveURL(/semaine=2026-W47&statut=DELIVERED$/);
  await expect(page.getByRole("table")).toContainText("Aucune commande pour ces filtres cette semaine.");
  // The week field is a year and a week named by its dates, the same in every browser.
  await expect(page.getByRole("group", { name: "Semaine" }).getByLabel("Semaine", { exact: true })).toHaveValue("2026-W47");
  await pickWeek(page, /^Semaine/, "2027-W02");
  await expect(page.getByRole("option", { name: "Semaine 2 : 11 janv. – 17 janv." })).toBeAttached();
  await page.getByRole("button", { name: "Afficher" }).click();
  await expect(page).toHaveURL(/semaine=2027-W02&.*statut=DELIVERED$/);

  await page.goto("/logistique?semaine=2026-W60");
  await expect(page.getByRole("alert").filter({ hasText: "Semaine invalide" })).toContainText("La semaine en cours est affichée.");
  const csv = await pickingList(page, "2026-W60");
  expect(csv.response.status()).toBe(400);
  expect(csv.text).toMatch(/^Semaine invalide : indiquez-la au format 2026-W48/);
});

test("only logisticians and national admins see the orders; only logisticians move them", async ({ page, browser, playwright }) => {
  await signInAsRegistered(page, "operateur@clinique-demo.fr");
  await page.goto("/logistique");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
  await expect(page.getByRole("table")).toHaveCount(0);
  const refused = await pickingList(page, isoWeekOf(new Date()).key);
  expect(refused.response.status()).toBe(403);
  expect(refused.response.headers()["x-refusal-code"]).toBe("FORBIDDEN");
  expect(refused.text).toContain("aux administrateurs nationaux et aux logisticiens");

  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const unsigned = await anonymous.get("/logistique/preparation");
  expect(unsigned.status()).toBe(401);
  expect(unsigned.headers()["x-refusal-code"]).toBe("NOT_SIGNED_IN");
  await anonymous.dispose();

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInAsRegistered(admin, "admin@demo.fr");
  await admin.goto("/logistique");
  await expect(admin.getByRole("heading", { level: 1 })).toContainText("Commandes de la semaine");
  await expect(admin.getByRole("columnheader", { name: "Étape suivante" })).toHaveCount(0);
  await expect(admin.getByRole("button", { name: /Mettre en préparation|Marquer/ })).toHaveCount(0);
  expect((await pickingList(admin, isoWeekOf(new Date()).key)).response.status()).toBe(200);
  await adminContext.close();
});
