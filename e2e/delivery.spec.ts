import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./accessibility";
import { signInAsRegistered } from "./login";

const FFP2 = "Masque FFP2 (boîte de 20)";

test("a state-stock order is prepared, shipped with a tracking link, and received with a discrepancy by the establishment", async ({ page, browser }) => {
  test.slow();
  await signInAsRegistered(page, "operateur@clinique-demo.fr");
  await page.goto("/commandes/nouvelle");
  await page.getByRole("spinbutton", { name: `Nombre de boîtes : ${FFP2}` }).fill("3");
  await page.getByRole("button", { name: "Commander sur stock de l'État" }).click();
  await expect(page).toHaveURL(/\/commandes\/\d+$/);
  const number = Number(/\/commandes\/(\d+)$/.exec(page.url())![1]);
  await expect(page.getByTestId("order-delivery")).toContainText("par La Poste");

  const logisticsContext = await browser.newContext();
  const logistics = await logisticsContext.newPage();
  await signInAsRegistered(logistics, "logistique@demo.fr");
  await logistics.goto("/logistique");
  const row = logistics.getByTestId(`order-${number}`);
  await row.getByRole("button", { name: `Mettre en préparation : commande n° ${number}` }).click();
  await expect(row.getByTestId("order-status")).toHaveText("En préparation");
  await row.getByLabel(`Numéro de suivi de la commande n° ${number}`).fill("6A-55554444");
  await row.getByRole("button", { name: `Marquer expédiée : commande n° ${number}` }).click();
  await expect(row.getByTestId("order-status")).toContainText("Expédiée");
  await logisticsContext.close();

  // Each step dated; the tracking number opens La Poste's public tracking page.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Expédiée");
  await expect(page.getByTestId("order-history")).toContainText("En préparation le");
  await expect(page.getByTestId("order-history")).toContainText("Expédiée le");
  await expect(page.getByTestId("order-tracking").getByRole("link", { name: "6A-55554444" })).toHaveAttribute(
    "href",
    "https://www.laposte.fr/outils/suivre-vos-envois?code=6A-55554444",
  );
  await expectNoAccessibilityViolations(page);

  // Received short: the note is required, then the order closes.
  const count = page.getByRole("spinbutton", { name: `Boîtes reçues : ${FFP2} (commandées : 3)` });
  await expect(count).toHaveValue("3");
  await count.fill("2");
  await page.getByRole("button", { name: "Confirmer la réception" }).click();
  const note = page.getByRole("textbox", { name: /Écart constaté/ });
  await expect(note).toBeFocused();
  await expect(note).toHaveAccessibleDescription(/^Décrivez l'écart constaté/);
  await note.fill("Une boîte manquante dans le colis");
  await page.getByRole("button", { name: "Confirmer la réception" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Reçue");
  await expect(page.getByTestId("received-EPI-FFP2-20")).toContainText("2");
  await expect(page.getByTestId("receipt-note")).toContainText("Une boîte manquante dans le colis");
  await expect(page.getByTestId("order-history")).toContainText("Reçue le");
  await expect(page.getByRole("button", { name: "Confirmer la réception" })).toHaveCount(0);
});

test("an overseas establishment's order is delivered directly by Santé publique France", async ({ page }) => {
  await signInAsRegistered(page, "operateur@clinique-reunion-demo.fr");
  await page.goto("/commandes/nouvelle");
  await page.getByRole("spinbutton", { name: `Nombre de boîtes : ${FFP2}` }).fill("1");
  await page.getByRole("button", { name: "Commander sur stock de l'État" }).click();
  await expect(page).toHaveURL(/\/commandes\/\d+$/);
  await expect(page.getByTestId("order-delivery")).toContainText("par Santé publique France (livraison directe)");
});
