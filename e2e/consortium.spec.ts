import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { isoWeekOf } from "../lib/domain/time/paris-time";
import { expectNoAccessibilityViolations } from "./accessibility";
import { signInAsRegistered } from "./login";

const GLOVES = "Gants d'examen nitrile, taille M (boîte de 100)";

test("a consortium order goes from the establishment to the consortium and back, and never to /logistique", async ({ page, browser }) => {
  // Three accounts signed in one after the other: a long path, given the slow budget.
  test.slow();
  // The clinic orders gloves (not in tension) from the consortium, through the recap step.
  await signInAsRegistered(page, "operateur@clinique-demo.fr");
  await page.goto("/commandes/nouvelle");
  await page.getByRole("spinbutton", { name: `Nombre de boîtes : ${GLOVES}` }).fill("4");
  await page.getByRole("textbox", { name: /Numéro de bon de commande/ }).fill("BC-CLINIQUE-77");
  await page.getByRole("button", { name: "Vérifier la commande" }).click();
  await expect(page.getByTestId("consortium-recap")).toContainText(GLOVES);
  await expect(page.getByTestId("recap-total")).toHaveText("20,00 €");
  await page.getByRole("button", { name: "Modifier la commande" }).click();
  await expect(page.getByRole("button", { name: "Vérifier la commande" })).toBeFocused();
  await page.getByRole("button", { name: "Vérifier la commande" }).click();
  await page.getByRole("button", { name: "Transmettre la commande au groupement" }).click();
  await expect(page).toHaveURL(/\/commandes\/\d+$/);
  const number = Number(/\/commandes\/(\d+)$/.exec(page.url())![1]);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Transmise au groupement");

  // Never in the state's logistics: neither its list nor its picking list.
  const logisticsContext = await browser.newContext();
  const logistics = await logisticsContext.newPage();
  await signInAsRegistered(logistics, "logistique@demo.fr");
  await logistics.goto("/logistique");
  await expect(logistics.getByRole("heading", { level: 1 })).toContainText("Commandes de la semaine");
  await expect(logistics.getByTestId(`order-${number}`)).toHaveCount(0);
  const picking = await logistics.request.get(`/logistique/preparation?semaine=${isoWeekOf(new Date()).key}`);
  expect((await picking.text()).split("\r\n").some((line) => line.startsWith(`${number};`))).toBe(false);
  await logisticsContext.close();

  // The consortium sees it, with the purchase-order number, and confirms it.
  const consortiumContext = await browser.newContext();
  const consortium = await consortiumContext.newPage();
  await signInAsRegistered(consortium, "groupement@demo.fr");
  await consortium.goto("/groupement");
  await expect(consortium.getByRole("heading", { level: 1 })).toHaveText("Commandes transmises au groupement RESAH – UniHA");
  const row = consortium.getByTestId(`consortium-order-${number}`);
  await expect(row).toContainText("CLINIQUE DU PARC");
  await expect(row).toContainText("Bon n° BC-CLINIQUE-77");
  await expect(row).toContainText("20,00 €");
  await expect(row).toContainText("Transmise au groupement");
  await expectNoAccessibilityViolations(consortium);
  await row.getByRole("button", { name: `Confirmer : commande n° ${number}` }).click();
  await expect(row).toContainText("Confirmée");

  // The establishment sees « confirmée », and can no longer cancel.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Confirmée");
  await expect(page.getByTestId("order-history")).toContainText("Confirmée le");
  await expect(page.getByRole("button", { name: "Annuler la commande" })).toHaveCount(0);

  // Shipped with a tracking number, then delivered.
  await row.getByLabel(`Numéro de suivi de la commande n° ${number}`).fill("GRP-123456");
  await row.getByRole("button", { name: `Marquer expédiée : commande n° ${number}` }).click();
  await expect(row).toContainText("Expédiée");
  await row.getByRole("button", { name: `Marquer livrée : commande n° ${number}` }).click();
  await expect(row).toContainText("Livrée");
  await expect(row.getByRole("button")).toHaveCount(0);

  // The export: one line per order line, with the purchase-order number.
  const download = consortium.waitForEvent("download");
  await consortium.getByRole("link", { name: "Exporter toutes les commandes (CSV)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^commandes-groupement-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = (await readFile((await file.path())!)).toString("utf8").slice(1).split("\r\n");
  expect(lines[0]).toMatch(/^"N° commande";"Passée le";"Statut";/);
  expect(lines.find((l) => l.startsWith(`${number};`))).toContain(`"Livrée";"690812342";"BC-CLINIQUE-77";`);
  await consortiumContext.close();

  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Livrée");
  await expect(page.getByTestId("order-history")).toContainText("Expédiée le");
  await expect(page.getByTestId("order-delivery")).toContainText("par le groupement RESAH – UniHA");
});

test("the consortium refuses an order with its reason; only its operators open its page and export", async ({ page, browser }) => {
  test.slow();
  await signInAsRegistered(page, "operateur@clinique-demo.fr");
  await page.goto("/commandes/nouvelle");
  await page.getByRole("spinbutton", { name: `Nombre de boîtes : ${GLOVES}` }).fill("1");
  await page.getByRole("textbox", { name: /Numéro de bon de commande/ }).fill("BC-CLINIQUE-78");
  await page.getByRole("button", { name: "Vérifier la commande" }).click();
  await page.getByRole("button", { name: "Transmettre la commande au groupement" }).click();
  await expect(page).toHaveURL(/\/commandes\/\d+$/);
  const number = Number(/\/commandes\/(\d+)$/.exec(page.url())![1]);

  await page.goto("/groupement");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
  expect((await page.request.get("/groupement/export")).status()).toBe(403);

  const consortiumContext = await browser.newContext();
  const consortium = await consortiumContext.newPage();
  await signInAsRegistered(consortium, "groupement@demo.fr");
  await consortium.goto("/groupement?statut=SUBMITTED");
  const row = consortium.getByTestId(`consortium-order-${number}`);
  const refuse = row.getByRole("button", { name: `Refuser : commande n° ${number}` });
  await refuse.click();
  const reason = row.getByLabel(`Motif du refus de la commande n° ${number}`);
  await expect(reason).toBeFocused();
  await expect(reason).toHaveAccessibleDescription("Indiquez le motif du refus : l'établissement le lira sur sa commande.");
  await reason.fill("Référence en rupture chez le fournisseur");
  await refuse.click();
  await expect(row).toHaveCount(0);
  await consortium.goto("/groupement?statut=REFUSED");
  await expect(consortium.getByTestId(`consortium-order-${number}`)).toContainText("Motif : Référence en rupture chez le fournisseur");
  await consortiumContext.close();

  await page.goto(`/commandes/${number}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Refusée");
  await expect(page.getByText("Motif du refus du groupement : Référence en rupture chez le fournisseur")).toBeVisible();
});
