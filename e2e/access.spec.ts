import { expect, test, type Page } from "@playwright/test";
import { confirmInDialog, expectNoAccessibilityViolations } from "./accessibility";
import { completeRegistration, signIn, signInAsRegistered, signOut } from "./login";

async function expectRefused(page: Page, failureCodes: string[]) {
  await expect(page).toHaveURL(/\/acces-refuse$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
  const items = page.getByTestId("access-failures").locator("> li");
  await expect(items).toHaveCount(failureCodes.length);
  for (const [index, code] of failureCodes.entries()) await expect(items.nth(index)).toHaveAttribute("data-failure", code);
  await expect(page.getByRole("link", { name: "FAQ" }).first()).toBeVisible();
}

test.describe("each demo account sees the outcome of its access rule", () => {
  test("private clinic ET: registration on first login, then the clinic", async ({ page }) => {
    await signIn(page, "operateur@clinique-demo.fr");
    await expect(page).toHaveURL(/\/inscription$/);
    await expect(page.getByText("690812342")).toBeVisible();
    // Bad input gets French messages, focus on the first wrong field, and nothing is saved.
    await page.getByLabel("Votre téléphone").fill("123");
    await page.getByRole("button", { name: "Terminer mon inscription" }).click();
    await expect(page.getByText("Indiquez votre fonction.")).toBeVisible();
    await expect(page.getByText(/Téléphone : indiquez un numéro français/)).toBeVisible();
    await expect(page.getByLabel("Votre fonction")).toBeFocused();
    await expectNoAccessibilityViolations(page);
    await page.goto("/accueil");
    await expect(page).toHaveURL(/\/inscription$/);

    await completeRegistration(page);
    await expect(page).toHaveURL(/\/accueil$/);
    await expect(page.getByTestId("establishment-name")).toHaveText("CLINIQUE DU PARC");
  });

  test("EHPAD ET (category 500) gets in", async ({ page }) => {
    await signInAsRegistered(page, "operateur@ehpad-demo.fr");
    await expect(page.getByTestId("establishment-name")).toHaveText("EHPAD LES TILLEULS");
    await expect(page.getByText(/500 – Etablissement d'hébergement pour personnes âgées dépendantes/)).toBeVisible();
  });

  test("ET of a public multi-site hospital is refused and told to use the EJ", async ({ page }) => {
    await signIn(page, "operateur.et@chu-demo.fr");
    await expectRefused(page, ["USE_LEGAL_ENTITY_FINESS"]);
    await expect(page.getByText(/sous le FINESS juridique de son entité de référence : 380780007/)).toBeVisible();
    await expect(page.getByRole("link", { name: "ARS-ARA-distrilog-sante@ars.sante.fr" }).first()).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await page.goto("/accueil");
    await expect(page).toHaveURL(/\/acces-refuse$/);
  });

  test("EJ of the public multi-site hospital gets in and sees its sites", async ({ page }) => {
    await signInAsRegistered(page, "operateur@chu-demo.fr");
    await expect(page.getByTestId("establishment-name")).toHaveText("CHU GRENOBLE ALPES");
    await expect(page.getByText(/CHU GRENOBLE ALPES - SITE NORD \(380000117\)/)).toBeVisible();
  });

  test("ET of a public single-site hospital (355) gets in", async ({ page }) => {
    await signInAsRegistered(page, "operateur@ch-mono-demo.fr");
    await expect(page.getByTestId("establishment-name")).toHaveText("CH DE BELLEY");
  });

  test("a pharmacy (620, not eligible) is refused for its category", async ({ page }) => {
    await signIn(page, "operateur@pharmacie-demo.fr");
    await expectRefused(page, ["CATEGORY_NOT_ELIGIBLE"]);
    await expect(page.getByText(/620 \(Pharmacie d'Officine\)/)).toBeVisible();
    await expect(page.getByRole("link", { name: "ars-IDF-distrilog-sante@ars.sante.fr" }).first()).toBeVisible();
  });

  test("an account without a Distrilog role is told to ask its APE", async ({ page }) => {
    await signIn(page, "sans-role@clinique-demo.fr");
    await expectRefused(page, ["MISSING_ROLE"]);
    await expect(page.getByText(/Demandez le rôle « Opérateur commande EPI » à l'administrateur principal \(APE\)/)).toBeVisible();
  });

  test("two PLAGE profiles on one e-mail reach only the first registered", async ({ page }) => {
    await signInAsRegistered(page, "multi@demo.fr");
    await expect(page.getByTestId("establishment-name")).toHaveText("EHPAD LES TILLEULS");
    await expect(page.getByTestId("ignored-profiles")).toContainText("920003019");
    await expect(page.getByTestId("ignored-profiles")).toContainText("chaque FINESS a besoin de sa propre adresse électronique");
    await expectNoAccessibilityViolations(page);
  });

  test("the clinic's APE gets in", async ({ page }) => {
    await signInAsRegistered(page, "ape@clinique-demo.fr");
    await expect(page.getByTestId("establishment-name")).toHaveText("CLINIQUE DU PARC");
  });

  test("ARS users see their region, the admin the eligible list", async ({ page }) => {
    await signInAsRegistered(page, "ars.ara@demo.fr");
    await expect(page.getByTestId("staff-roles")).toHaveText("Référent ARS – Auvergne-Rhône-Alpes");
    await signOut(page);
    await signInAsRegistered(page, "ars.idf@demo.fr");
    await expect(page.getByTestId("staff-roles")).toHaveText("Référent ARS – Île-de-France");
    await signOut(page);
    await signInAsRegistered(page, "admin@demo.fr");
    await expect(page.getByTestId("staff-roles")).toHaveText("Administrateur national");
    await expect(page.getByRole("link", { name: "Gérer la liste des catégories éligibles" })).toBeVisible();
  });
});

test.describe("eligible categories admin", () => {
  test("the admin searches, removes, re-adds and creates categories; effective at the next request", async ({ page, browser }) => {
    await signInAsRegistered(page, "admin@demo.fr");
    await page.goto("/admin/categories");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Catégories éligibles");
    await expect(page.getByText("63 catégories éligibles.")).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.getByLabel("Rechercher par code ou libellé").fill("pluridisciplinaire");
    await page.getByRole("button", { name: "Rechercher" }).click();
    await expect(page.locator("tbody tr")).toHaveCount(1);

    // The clinic operator is in; the admin removes category 365; the operator is refused at the next request.
    const operatorContext = await browser.newContext();
    const operator = await operatorContext.newPage();
    await signInAsRegistered(operator, "operateur@clinique-demo.fr");

    await page.getByRole("button", { name: /Retirer de la liste : 365/ }).click();
    await confirmInDialog(page, "Retirer de la liste");
    await expect(page.getByTestId("category-365")).toContainText("Non");
    await operator.goto("/accueil");
    await expect(operator).toHaveURL(/\/acces-refuse$/);
    await expect(operator.getByTestId("access-failures").locator("> li")).toHaveAttribute("data-failure", "CATEGORY_NOT_ELIGIBLE");

    await page.getByRole("button", { name: /Ajouter à la liste : 365/ }).click();
    await expect(page.getByTestId("category-365")).toContainText("Oui");
    await operator.goto("/accueil");
    await expect(operator).toHaveURL(/\/accueil$/);
    await operatorContext.close();

    await page.goto("/admin/categories");
    await page.getByLabel("Code FINESS de la catégorie").fill("812");
    await page.getByRole("button", { name: "Ajouter à la liste", exact: true }).click();
    await expect(page.getByText("La catégorie 812 est inconnue du référentiel : indiquez son libellé.")).toBeVisible();
    await page.getByRole("textbox", { name: /^Libellé/ }).fill("Catégorie de test");
    await page.getByRole("button", { name: "Ajouter à la liste", exact: true }).click();
    await expect(page.getByText("Catégorie 812 ajoutée à la liste des catégories éligibles.")).toBeVisible();
    await expect(page.getByTestId("category-812")).toContainText("Oui");
  });

  test("a non-admin is refused the page and the action, even replaying the admin's request", async ({ page, browser }) => {
    await signInAsRegistered(page, "admin@demo.fr");
    await page.goto("/admin/categories?q=620");
    const actionRequest = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
    await page.getByRole("button", { name: /Ajouter à la liste : 620/ }).click();
    const captured = await actionRequest;
    await expect(page.getByTestId("category-620")).toContainText("Oui");
    await page.getByRole("button", { name: /Retirer de la liste : 620/ }).click();
    await confirmInDialog(page, "Retirer de la liste");
    await expect(page.getByTestId("category-620")).toContainText("Non");

    const operatorContext = await browser.newContext();
    const operator = await operatorContext.newPage();
    await signInAsRegistered(operator, "operateur@clinique-demo.fr");
    await operator.goto("/admin/categories");
    await expect(operator.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
    await expect(operator.getByRole("table")).toHaveCount(0);

    // The very request the admin's button sent, replayed with the operator's session: refused, nothing changes.
    const replay = await operator.request.post(captured.url(), {
      headers: { "next-action": captured.headers()["next-action"], "content-type": captured.headers()["content-type"], accept: "text/x-component" },
      data: captured.postData() ?? "",
    });
    expect(await replay.text()).toContain('"code":"FORBIDDEN"');
    await operatorContext.close();

    await page.reload();
    await expect(page.getByTestId("category-620")).toContainText("Non");
  });
});
