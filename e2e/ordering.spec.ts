import { expect, test, type Page } from "@playwright/test";
import { confirmInDialog, expectNoAccessibilityViolations } from "./accessibility";
import { signInAsRegistered } from "./login";

/** Used and allowed units of a category this week, as the home page shows them ("100 / 390 masques"). */
async function quota(page: Page, category: string): Promise<{ used: number; allowed: number }> {
  await page.goto("/accueil");
  const text = (await page.getByTestId(`quota-${category}`).innerText()).replace(/[\s\u202f\u00a0]/g, "");
  const [, used, allowed] = /^(\d+)\/(\d+)/.exec(text) ?? [];
  return { used: Number(used), allowed: Number(allowed) };
}

function ffp2Input(page: Page) {
  return page.getByRole("spinbutton", { name: "Nombre de boîtes : Masque FFP2 (boîte de 20)" });
}

test("an operator orders masks in tension within the quota, is refused above it, cancels, and orders gloves at a price", async ({ page }) => {
  await signInAsRegistered(page, "operateur@clinique-demo.fr");
  await expect(page.getByTestId("tension-banner")).toContainText("Période de tension sur : masques chirurgicaux, masques FFP2");
  await expect(page.getByTestId("contingented-products")).toContainText("Masque FFP2 (boîte de 20)");
  const before = await quota(page, "MASQUES_FFP2");
  expect(before.allowed).toBe(390);

  // 5 boxes of 20 masks from the state stock.
  await page.getByRole("link", { name: "Commander des EPI" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nouvelle commande");
  await expectNoAccessibilityViolations(page);
  await ffp2Input(page).fill("5");
  await page.getByRole("button", { name: "Commander sur stock de l'État" }).click();
  await expect(page).toHaveURL(/\/commandes\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Transmise");
  // The order's page is the result: its heading takes the focus.
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  const orderUrl = page.url();
  expect(await quota(page, "MASQUES_FFP2")).toEqual({ used: before.used + 100, allowed: 390 });

  // Above the quota: the limit and what remains are named, nothing is recorded until the rest is accepted.
  const remainingBoxes = Math.floor((390 - before.used - 100) / 20);
  await page.goto("/commandes/nouvelle");
  await ffp2Input(page).fill(String(remainingBoxes + 3));
  await page.getByRole("button", { name: "Commander sur stock de l'État" }).click();
  const refusal = page.getByTestId("limits-exceeded");
  await expect(refusal).toContainText("votre contingent hebdomadaire de 390 masques ne couvre pas cette quantité");
  await expect(refusal.getByRole("alert")).toBeFocused();
  await expect(refusal).toContainText(`vous pouvez encore en commander ${remainingBoxes} (${remainingBoxes * 20} masques)`);
  // The offer names each product and its quantity.
  await expect(refusal.getByRole("button", { name: `Commander ce qui reste : ${remainingBoxes} boîte${remainingBoxes > 1 ? "s" : ""} de Masque FFP2` })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  expect((await quota(page, "MASQUES_FFP2")).used).toBe(before.used + 100);

  // Cancelling gives the quota back.
  await page.goto(orderUrl);
  await page.getByRole("button", { name: "Annuler la commande" }).click();
  // A cancellation cannot be undone: the dialog asks first; « Ne rien changer » keeps the order.
  await page.getByRole("dialog").getByRole("button", { name: "Ne rien changer" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Transmise");
  await expect(page.getByRole("button", { name: "Annuler la commande" })).toBeFocused();
  await page.getByRole("button", { name: "Annuler la commande" }).click();
  await confirmInDialog(page, "Annuler la commande");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Annulée");
  // Said, and focused: the button is gone, the sentence stands where it was.
  await expect(page.getByTestId("cancel-outcome").getByRole("status")).toContainText("Commande annulée");
  await expect(page.getByTestId("cancel-outcome").getByRole("status")).toBeFocused();
  await expect(page.getByRole("button", { name: "Annuler la commande" })).toHaveCount(0);
  expect((await quota(page, "MASQUES_FFP2")).used).toBe(before.used);

  // Gloves are not in tension: bought from the consortium at its price.
  await page.goto("/commandes/nouvelle");
  // Each product is ordered in its own packaging: aprons come in rolls.
  await expect(page.getByRole("spinbutton", { name: "Nombre de rouleaux : Tablier plastique (rouleau de 100)" })).toBeVisible();
  await page.getByRole("spinbutton", { name: "Nombre de boîtes : Gants d'examen nitrile, taille M (boîte de 100)" }).fill("3");
  await expect(page.getByTestId("consortium-total")).toHaveText("15,00 €");
  // The recap step: nothing goes to the consortium without a purchase-order number, and the recap comes first.
  await page.getByRole("button", { name: "Vérifier la commande" }).click();
  await expect(page.getByRole("textbox", { name: /Numéro de bon de commande/ })).toBeFocused();
  await expect(page.getByText("Indiquez le numéro de bon de commande de l'établissement.")).toBeVisible();
  await page.getByRole("textbox", { name: /Numéro de bon de commande/ }).fill("BC-2026/0042");
  await page.getByRole("button", { name: "Vérifier la commande" }).click();
  await expect(page.getByRole("heading", { name: /Récapitulatif avant transmission/ })).toBeFocused();
  await expect(page.getByTestId("recap-total")).toHaveText("15,00 €");
  await expect(page.getByTestId("recap-purchase-order")).toHaveText("BC-2026/0042");
  await expect(page.getByTestId("recap-billing-address")).toContainText("CLINIQUE DU PARC");
  await expectNoAccessibilityViolations(page);
  await page.getByRole("button", { name: "Transmettre la commande au groupement" }).click();
  await expect(page).toHaveURL(/\/commandes\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Transmise au groupement");
  await expect(page.getByText("Auprès du groupement RESAH – UniHA : 15,00 €")).toBeVisible();
  await expect(page.getByText("Bon de commande n° BC-2026/0042")).toBeVisible();
  await expect(page.getByTestId("order-delivery")).not.toContainText("La Poste");
  await expect(page.getByText("Tant que le groupement RESAH – UniHA ne l'a pas confirmée, la commande peut être annulée.")).toBeVisible();
  await expect(page.getByText(/contingent de la semaine/)).toHaveCount(0);
  await expect(page.getByRole("table")).toContainText("3 boîtes");
  await page.goto("/accueil");
  await expect(page.getByTestId("quota-GANTS")).toHaveText("sans contingent");

  await page.goto("/commandes");
  await expect(page.getByRole("table")).toContainText("Gants d'examen nitrile, taille M (boîte de 100) × 3");
  await expect(page.getByRole("table")).toContainText("Annulée");
  await expectNoAccessibilityViolations(page);
});

test("bad quantities get a French message and place nothing", async ({ page }) => {
  await signInAsRegistered(page, "operateur@ehpad-demo.fr");
  await page.goto("/commandes/nouvelle");
  await page.getByRole("button", { name: "Commander sur stock de l'État" }).click();
  await expect(page.getByText("Indiquez une quantité pour au moins un produit.").first()).toBeVisible();
  await ffp2Input(page).fill("-2");
  await page.getByRole("button", { name: "Commander sur stock de l'État" }).click();
  await expect(page.getByText("Le nombre de boîtes ne peut pas être négatif.")).toBeVisible();
  await page.goto("/commandes");
  await expect(page.getByText("Aucune commande pour l'instant.")).toBeVisible();
});
