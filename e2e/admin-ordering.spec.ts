import { expect, test, type Page } from "@playwright/test";
import { withFinessKey } from "../lib/domain/finess/finess-number";
import { formatCount } from "../lib/domain/wording/french";
import { confirmInDialog, expectNoAccessibilityViolations, pickWeek } from "./accessibility";
import { signInAsRegistered } from "./login";

/*
 * The e2e database is shared with the other specs and seeded with the demo catalogue: these tests create what they
 * change (a product, its stock, a decree, an override) under unique names, and put back the settings they touch.
 */
const ADMIN_PAGES = ["/admin/catalogue", "/admin/tension", "/admin/quotas", "/admin/stock"];

/** An ET of the demo referential (EHPAD LES TILLEULS). */
const EHPAD_ET = "630789014";

function adminNav(page: Page) {
  return page.getByRole("navigation", { name: "Administration nationale" });
}

/** The real options of a select (not the "Choisir…" one). */
async function options(page: Page, label: string): Promise<Array<{ value: string; text: string }>> {
  return page
    .getByLabel(label)
    .locator("option")
    .evaluateAll((all) => all.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? "" })).filter((o) => o.value));
}

/** A form's outcome: the success status or the error alert (not Next's route announcer, also an alert). */
const formStatus = (page: Page) => page.locator(".fr-alert[role=status]");
const formAlert = (page: Page) => page.locator(".fr-alert[role=alert]");

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test.describe("national admin: catalogue, stock, tension, quotas", () => {
  test("creates and edits a product, then records a receipt that a non-admin cannot replay", async ({ page, browser }) => {
    const reference = `E2E-${Date.now()}`;
    await signInAsRegistered(page, "admin@demo.fr");
    await page.goto("/admin/categories");
    await adminNav(page).getByRole("link", { name: "Catalogue" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Catalogue des EPI");
    await expect(adminNav(page).getByRole("link", { name: "Catalogue" })).toHaveAttribute("aria-current", "page");
    await expectNoAccessibilityViolations(page);

    // Bad input: French messages tied to their fields, focus on the first one, nothing saved.
    await page.getByLabel("Unités par conditionnement").fill("0");
    await page.getByLabel("Prix d'une unité, en euros").fill("0,125");
    await page.getByRole("button", { name: "Ajouter le produit" }).click();
    await expect(page.getByText("Indiquez la référence du produit.")).toBeVisible();
    await expect(page.getByText("Indiquez le nombre d'unités par conditionnement : un nombre entier d'au moins 1.")).toBeVisible();
    await expect(page.getByLabel("Prix d'une unité, en euros")).toHaveAccessibleDescription(/au plus deux décimales/);
    await expect(page.getByRole("textbox", { name: /^Référence/ })).toBeFocused();
    await expectNoAccessibilityViolations(page);

    const [{ value: category }] = await options(page, "Catégorie d'EPI");
    await page.getByRole("textbox", { name: /^Référence/ }).fill(reference);
    await page.getByLabel("Nom du produit").fill(`Produit de test ${reference}`);
    await page.getByLabel("Catégorie d'EPI").selectOption(category);
    // The admin picks the packaging; the catalogue, the order form and the orders count in it.
    await expect(page.getByRole("combobox", { name: /^Conditionnement/ })).toHaveValue("BOX");
    await page.getByRole("combobox", { name: /^Conditionnement/ }).selectOption({ label: "Rouleau" });
    await page.getByLabel("Unités par conditionnement").fill("50");
    await page.getByLabel("Prix d'une unité, en euros").fill("0,12");
    await page.getByRole("button", { name: "Ajouter le produit" }).click();
    await expect(formStatus(page)).toHaveText(`Produit ${reference} ajouté au catalogue.`);
    await expect(formStatus(page)).toBeFocused();
    const row = page.getByTestId(`product-${reference}`);
    await expect(row).toContainText("0,12 €");
    await expect(row).toContainText("6,00 €");
    await expect(row).toContainText(/50 .+ par rouleau/);
    await expect(row).toContainText("Proposé");

    // The same reference again is refused in French.
    await page.getByRole("textbox", { name: /^Référence/ }).fill(reference);
    await page.getByLabel("Nom du produit").fill("Doublon");
    await page.getByLabel("Catégorie d'EPI").selectOption(category);
    await page.getByLabel("Unités par conditionnement").fill("10");
    await page.getByLabel("Prix d'une unité, en euros").fill("1");
    await page.getByRole("button", { name: "Ajouter le produit" }).click();
    await expect(formAlert(page)).toHaveText(`La référence ${reference} est déjà celle d'un autre produit : choisissez-en une autre.`);

    // Edit: a new price, and withdrawn from ordering (no deletion).
    await page.getByRole("link", { name: `Modifier le produit ${reference}` }).click();
    await expect(page.getByRole("heading", { name: `Modifier le produit ${reference}` })).toBeFocused();
    await expect(page.getByLabel("Prix d'une unité, en euros")).toHaveValue("0,12");
    await expect(page.getByRole("combobox", { name: /^Conditionnement/ })).toHaveValue("ROLL");
    await page.getByRole("combobox", { name: /^Conditionnement/ }).selectOption({ label: "Carton" });
    await page.getByLabel("Prix d'une unité, en euros").fill("0,15");
    // DSFR draws the box on the label, which takes the click.
    await page.locator("label", { hasText: "Proposé à la commande" }).click();
    await expect(page.getByLabel("Proposé à la commande")).not.toBeChecked();
    await page.getByRole("button", { name: "Enregistrer le produit" }).click();
    await expect(page.getByText(`Produit ${reference} enregistré.`)).toBeVisible();
    await expect(row).toContainText("0,15 €");
    await expect(row).toContainText(/50 .+ par carton/);
    await expect(row).toContainText("Retiré");
    await expectNoAccessibilityViolations(page);

    await adminNav(page).getByRole("link", { name: "Stock national" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Stock national");
    await expect(page.getByTestId(`stock-${reference}`)).toContainText("jamais reçu");
    await expectNoAccessibilityViolations(page);
    await page.getByRole("button", { name: "Enregistrer la réception" }).click();
    await expect(page.getByText("Choisissez le produit reçu.")).toBeVisible();

    const productId = await page.getByLabel("Produit reçu").locator("option", { hasText: reference }).getAttribute("value");
    await page.getByLabel("Produit reçu").selectOption(productId!);
    await page.getByLabel("Quantité reçue, en unités").fill("1 000");
    await page.getByLabel("Référence du bon de livraison").fill(`BL-${reference}`);
    const actionRequest = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
    await page.getByRole("button", { name: "Enregistrer la réception" }).click();
    const captured = await actionRequest;
    await expect(page.getByText(`Réception enregistrée : le stock national de ${reference} est de 1 000 unités.`)).toBeVisible();
    await expect(page.getByTestId(`stock-${reference}`)).toContainText("1 000");
    await expect(page.getByTestId(`stock-${reference}`)).toContainText("20 boîtes de 50");
    await expect(page.getByRole("table", { name: /dernières réceptions/ }).getByRole("row", { name: new RegExp(`BL-${reference}`) })).toContainText("1 000");

    // The same request with an operator's session is refused by the server; the stock does not move.
    const operatorContext = await browser.newContext();
    const operator = await operatorContext.newPage();
    await signInAsRegistered(operator, "operateur@clinique-demo.fr");
    const replay = await operator.request.post(captured.url(), {
      headers: { "next-action": captured.headers()["next-action"], "content-type": captured.headers()["content-type"], accept: "text/x-component" },
      data: captured.postData() ?? "",
    });
    expect(await replay.text()).toContain('"code":"FORBIDDEN"');
    await operatorContext.close();
    await page.reload();
    await expect(page.getByTestId(`stock-${reference}`)).toContainText("20 boîtes de 50");
  });

  test("creates a decree, is refused an overlapping one, and ends it", async ({ page }) => {
    const reason = `Décret de test e2e ${Date.now()}`;
    await signInAsRegistered(page, "admin@demo.fr");
    await page.goto("/admin/tension");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Décrets de tension");
    await expectNoAccessibilityViolations(page);

    await page.getByLabel("Fin (facultative)").fill("2020-01-01T00:00");
    await page.getByRole("button", { name: "Créer le décret" }).click();
    await expect(page.getByText("Choisissez une catégorie d'EPI.")).toBeVisible();
    await expect(page.getByText("Indiquez le motif du décret (par exemple sa référence au Journal officiel).")).toBeVisible();
    await page.getByLabel("Catégorie d'EPI").selectOption((await options(page, "Catégorie d'EPI"))[0].value);
    await page.getByLabel("Motif").fill(reason);
    await page.getByRole("button", { name: "Créer le décret" }).click();
    await expect(page.getByText("La fin du décret doit être postérieure à son début.")).toBeVisible();
    await page.getByLabel("Fin (facultative)").fill("");

    // From now (the form's default start), open-ended, on the first category not already in tension.
    let created: string | undefined;
    for (const category of await options(page, "Catégorie d'EPI")) {
      await page.getByLabel("Catégorie d'EPI").selectOption(category.value);
      await page.getByLabel("Motif").fill(reason);
      await page.getByRole("button", { name: "Créer le décret" }).click();
      // Each outcome names its category: no mistaking it for the previous attempt's.
      const name = escapeRegExp(category.text);
      const outcome = page.locator(".fr-alert").filter({ hasText: new RegExp(`^(Décret de tension créé pour la catégorie ${name}\\.|${name} : un décret de tension couvre déjà)`) });
      await expect(outcome).toBeVisible();
      if ((await outcome.textContent())?.startsWith("Décret de tension créé")) {
        created = category.value;
        break;
      }
    }
    expect(created, "a category without a running decree").toBeDefined();
    const decreeRow = page.getByRole("row", { name: new RegExp(reason) });
    await expect(decreeRow).toContainText("en cours");
    await expect(decreeRow).toContainText("sans date de fin");

    // A second decree on that category overlapping the first one is refused, with what it overlaps.
    await page.getByLabel("Catégorie d'EPI").selectOption(created!);
    await page.getByLabel("Début").fill("2099-06-01T09:00");
    await page.getByLabel("Motif").fill(`${reason} (doublon)`);
    await page.getByRole("button", { name: "Créer le décret" }).click();
    await expect(formAlert(page)).toContainText("un décret de tension couvre déjà une partie de cette période");
    await expect(formAlert(page)).toBeFocused();
    await expect(page.getByRole("row", { name: new RegExp(`${reason} \\(doublon\\)`) })).toHaveCount(0);
    await expectNoAccessibilityViolations(page);

    await decreeRow.getByRole("button", { name: /^Terminer maintenant le décret/ }).click();
    await confirmInDialog(page, "Terminer maintenant");
    await expect(decreeRow).toContainText("terminé");
    await expect(decreeRow.getByRole("button")).toHaveCount(0);
  });

  test("edits quota parameters, shows an ET's quota with an override, and sets the SpF threshold", async ({ page }) => {
    const reason = `Dérogation de test e2e ${Date.now()}`;
    await signInAsRegistered(page, "admin@demo.fr");
    await page.goto("/admin/quotas");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Quotas hebdomadaires");
    await expectNoAccessibilityViolations(page);

    // Parameters: changed, shown, then put back (other specs order against them).
    await page.getByRole("link", { name: /^Modifier les paramètres de la catégorie/ }).first().click();
    await expect(page.getByRole("heading", { name: /^Modifier les paramètres de la catégorie/ })).toBeFocused();
    const code = new URL(page.url()).searchParams.get("categorie")!;
    const perBed = page.getByLabel("Par lit ou place");
    const perStaff = page.getByLabel("Par salarié");
    const original = { perBed: await perBed.inputValue(), perStaff: await perStaff.inputValue() };
    await perBed.fill("-1");
    await page.getByRole("button", { name: "Enregistrer les paramètres" }).click();
    await expect(perBed).toHaveAccessibleDescription(/indiquez un nombre positif ou nul/);
    const changed = original.perBed === "1,25" ? "1,5" : "1,25";
    await perBed.fill(changed);
    await perStaff.fill("0,5");
    await page.getByRole("button", { name: "Enregistrer les paramètres" }).click();
    // They apply from next week (the form's default): this week keeps its parameters, the change is listed as planned.
    await expect(page.getByText(/^Paramètres de quota de la catégorie .* enregistrés, applicables à partir de la semaine \d+ \(/)).toBeVisible();
    const thisWeekPerBed = await page.getByTestId(`quota-parameters-${code}`).locator("td").first().innerText();
    await expect(page.getByTestId(`quota-parameter-changes-${code}`)).toContainText(`${changed} par lit ou place, 0,5 par salarié`);
    await expectNoAccessibilityViolations(page);
    // Putting the values back cancels the planned change.
    await perBed.fill(original.perBed);
    await perStaff.fill(original.perStaff);
    await page.getByRole("button", { name: "Enregistrer les paramètres" }).click();
    await expect(page.getByTestId(`quota-parameter-changes-${code}`)).toHaveText("aucun");
    await expect(page.getByTestId(`quota-parameters-${code}`).locator("td").first()).toHaveText(thisWeekPerBed);

    // An ET's quota this week: computed, then replaced by an override, then computed again.
    await page.getByLabel("Numéro FINESS de l'établissement (ET)").fill("630789015");
    await page.getByRole("button", { name: "Afficher le quota" }).click();
    await expect(page.getByLabel("Numéro FINESS de l'établissement (ET)")).toHaveAccessibleDescription(/clé de contrôle/);
    await page.getByLabel("Numéro FINESS de l'établissement (ET)").fill(EHPAD_ET);
    await page.getByRole("button", { name: "Afficher le quota" }).click();
    await expect(page.getByRole("heading", { name: `EHPAD LES TILLEULS (${EHPAD_ET})` })).toBeVisible();
    await expect(page.getByLabel("FINESS géographique (ET)")).toHaveValue(EHPAD_ET);
    await expectNoAccessibilityViolations(page);

    const unknown = withFinessKey("63099999");
    await page.getByLabel("FINESS géographique (ET)").fill(unknown);
    await page.getByLabel("Catégorie d'EPI").selectOption(code);
    await page.getByLabel("Quota hebdomadaire, en unités").fill("7");
    await pickWeek(page, /^Première semaine/, "2027-W05");
    await pickWeek(page, /^Dernière semaine/, "2027-W01");
    await page.getByLabel("Motif").fill(reason);
    await page.getByRole("button", { name: "Ajouter la dérogation" }).click();
    await expect(page.getByText("La dernière semaine ne peut pas précéder la première.")).toBeVisible();
    await pickWeek(page, /^Première semaine/, "");
    await pickWeek(page, /^Dernière semaine/, "");
    await page.getByRole("button", { name: "Ajouter la dérogation" }).click();
    await expect(formAlert(page)).toHaveText(`Aucun établissement géographique (ET) ne porte le numéro FINESS ${unknown} dans le référentiel.`);

    await page.getByLabel("FINESS géographique (ET)").fill(EHPAD_ET);
    await page.getByRole("button", { name: "Ajouter la dérogation" }).click();
    await expect(page.getByText("Dérogation enregistrée pour EHPAD LES TILLEULS.")).toBeVisible();
    const quotaRow = page.getByTestId(`establishment-quota-${code}`);
    await expect(quotaRow).toContainText(`7 (toutes les semaines ; ${reason})`);
    await expect(quotaRow.locator("td").last()).toHaveText("7");
    const overrideRow = page.getByRole("row", { name: new RegExp(reason) }).filter({ has: page.getByRole("button") });
    await expect(overrideRow).toContainText("EHPAD LES TILLEULS (630789014)");

    await overrideRow.getByRole("button", { name: /^Supprimer la dérogation/ }).click();
    await confirmInDialog(page, "Supprimer");
    await expect(overrideRow).toHaveCount(0);
    await expect(quotaRow).toContainText("aucune");

    // The SpF threshold: changed, then put back.
    const threshold = page.getByLabel("Seuil de livraison directe, en lits et places");
    const originalThreshold = Number(await threshold.inputValue());
    const beds = (n: number) => `Les établissements d'au moins ${formatCount(n)} lits et places`;
    await threshold.fill("0");
    await page.getByRole("button", { name: "Enregistrer le seuil" }).click();
    await expect(page.getByText("Indiquez un nombre entier de lits et places, au moins 1.")).toBeVisible();
    await threshold.fill(String(originalThreshold + 1));
    await page.getByRole("button", { name: "Enregistrer le seuil" }).click();
    await expect(page.getByText(/^Seuil enregistré : livraison directe par Santé publique France à partir de/)).toBeVisible();
    await expect(page.getByText(beds(originalThreshold + 1))).toBeVisible();
    await threshold.fill(String(originalThreshold));
    await page.getByRole("button", { name: "Enregistrer le seuil" }).click();
    await expect(page.getByText(beds(originalThreshold))).toBeVisible();
  });

  test("a non-admin gets « Accès refusé » on each page", async ({ page }) => {
    await signInAsRegistered(page, "operateur@clinique-demo.fr");
    for (const path of ADMIN_PAGES) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
      await expect(page.getByRole("table")).toHaveCount(0);
      await expect(page.locator("main form")).toHaveCount(0);
    }
    await expectNoAccessibilityViolations(page);
  });
});
