import { expect, test, type Page } from "@playwright/test";
import { mainNavigation, SITE_PAGES, type NavigationItem } from "../lib/domain/navigation/site-map";
import type { AppRole } from "../lib/domain/permissions/permissions";
import { expectNoAccessibilityViolations } from "./accessibility";
import { signInAsRegistered } from "./login";

const WIDTHS = [320, 768, 1280] as const;

const hrefsOf = (items: NavigationItem[]) => items.flatMap((item) => ("links" in item ? item.links.map((l) => l.href) : [item.href]));

/** The page itself never scrolls sideways; a wide table scrolls inside its own container. */
async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${page.url()} déborde de ${overflow} px`).toBeLessThanOrEqual(0);
}

/** The links of the header's main navigation, menus included, as rendered (inside the « Menu » dialog below 992 px). */
async function navigationHrefs(page: Page): Promise<string[]> {
  return page
    .locator("nav.fr-nav")
    .first()
    .locator("a")
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

async function checkPage(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectNoAccessibilityViolations(page);
}

/**
 * Opens the header's « Menu » dialog. The DSFR's script, loaded after the page, takes the button over (marking it
 * `data-fr-js-modal-button`); a click before that does nothing, as on a slow phone, so the test waits as a user would.
 */
async function openMenu(page: Page) {
  const button = page.getByRole("button", { name: "Menu" });
  await expect(button).toHaveAttribute("data-fr-js-modal-button", "true");
  await button.click();
}

const PUBLIC_PAGES = SITE_PAGES.filter((page) => page.access === "public").map((page) => page.href);

/** Each page at each width, the page set loaded once per width (one sign-in serves them all). */
async function checkPagesAtEveryWidth(page: Page, paths: readonly string[]) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    for (const path of paths) await test.step(`${path} à ${width} px`, () => checkPage(page, path));
  }
}

test("every public page at 320, 768 and 1280 px: no sideways scrolling, no axe violation", async ({ page }) => {
  test.slow();
  await checkPagesAtEveryWidth(page, PUBLIC_PAGES);
});

/** One account per role: its navigation lists every page the role may open. */
const ACCOUNTS: Array<{ email: string; roles: AppRole[] }> = [
  { email: "operateur@ehpad-demo.fr", roles: ["OPERATOR"] },
  { email: "ars.ara@demo.fr", roles: ["ARS"] },
  { email: "admin@demo.fr", roles: ["NATIONAL_ADMIN"] },
  { email: "logistique@demo.fr", roles: ["LOGISTICS"] },
  { email: "ccs@demo.fr", roles: ["CRISIS_CENTER"] },
];
for (const { email, roles } of ACCOUNTS) {
  test(`${email}: the navigation is the permission table's, and every page of the role fits 320, 768 and 1280 px`, async ({ page }) => {
    test.setTimeout(600_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    await signInAsRegistered(page, email);
    const expected = hrefsOf(mainNavigation({ roles }));
    expect(await navigationHrefs(page)).toEqual(expected);
    await checkPagesAtEveryWidth(page, expected);
  });
}

test.describe("320 px: a small screen, or 1280 px at 400 % zoom", () => {
  test.use({ viewport: { width: 320, height: 700 } });

  test("an anonymous visitor reaches the FAQ and Connexion through the menu", async ({ page }) => {
    await page.goto("/mentions-legales");
    await openMenu(page);
    const menu = page.getByRole("dialog");
    await menu.getByRole("link", { name: "FAQ" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Foire aux questions");
    // After a client-side navigation the focus is on the new page's title.
    await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
    await openMenu(page);
    await page.getByRole("dialog").getByRole("link", { name: "Connexion" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Connexion");
  });

  test("a signed-in user finds « Se déconnecter » on every page, and signs out", async ({ page }) => {
    test.setTimeout(120_000);
    await signInAsRegistered(page, "ars.ara@demo.fr");
    const pages = hrefsOf(mainNavigation({ roles: ["ARS"] }));
    for (const path of pages) {
      await page.goto(path);
      await expect(page.getByRole("button", { name: "Se déconnecter" })).toBeHidden();
      await openMenu(page);
      const menu = page.getByRole("dialog");
      await expect(menu.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
      await expect(menu.getByRole("link", { name: "Élodie Perrin" })).toBeVisible();
      await menu.getByRole("button", { name: "Fermer" }).click();
    }
    await page.goto("/couverture");
    await openMenu(page);
    await page.getByRole("dialog").getByRole("button", { name: "Se déconnecter" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    await page.goto("/couverture");
    await expect(page).toHaveURL(/\/connexion\?callbackUrl=%2Fcouverture$/);
  });
});

test("a protected link opened while signed out resumes after sign-in", async ({ page }) => {
  await page.goto("/commandes?page=1");
  await expect(page).toHaveURL(/\/connexion\?callbackUrl=%2Fcommandes%3Fpage%3D1$/);
  await page.getByRole("button", { name: "Se connecter avec mon compte ATIH (PLAGE)" }).click();
  await page.getByLabel("Adresse électronique").fill("operateur@ehpad-demo.fr");
  await page.getByLabel("Mot de passe").fill("demo");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.waitForURL(/\/(commandes\?page=1|inscription)$/);
});

test("a return address outside the portal is ignored", async ({ page }) => {
  await page.goto("/connexion?callbackUrl=https%3A%2F%2Fexample.org%2F");
  await page.getByRole("button", { name: "Se connecter avec mon compte ATIH (PLAGE)" }).click();
  await page.getByLabel("Adresse électronique").fill("ars.idf@demo.fr");
  await page.getByLabel("Mot de passe").fill("demo");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.waitForURL(/\/(accueil|inscription)$/);
});

test("every footer link of the portal answers 200 with its French content", async ({ page, request }) => {
  await page.goto("/");
  const footer = page.getByRole("contentinfo");
  const links = await footer.locator("a").evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
  const own = [...new Set(links.filter((href) => new URL(href).host === new URL(page.url()).host).map((href) => new URL(href).pathname))];
  expect(own).toEqual(expect.arrayContaining(["/plan-du-site", "/accessibilite", "/mentions-legales", "/donnees-personnelles", "/gestion-des-cookies"]));
  for (const path of own) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    expect(html, path).toContain('lang="fr"');
  }
  await expect(footer.getByRole("link", { name: "Accessibilité : non conforme" })).toHaveAttribute("href", "/accessibilite");
  await expect(footer).toContainText("licence etalab-2.0");
  const headings: Record<string, string> = {
    "/accessibilite": "Déclaration d'accessibilité",
    "/mentions-legales": "Mentions légales",
    "/donnees-personnelles": "Données personnelles",
    "/gestion-des-cookies": "Gestion des cookies",
    "/plan-du-site": "Plan du site",
  };
  for (const [path, heading] of Object.entries(headings)) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  }
  await page.goto("/accessibilite");
  await expect(page.getByRole("main")).toContainText("non conforme");
  await expect(page.getByRole("main")).toContainText("Défenseur des droits");
  await page.goto("/donnees-personnelles");
  await expect(page.getByRole("main")).toContainText("Délégué à la protection des données");
  await expect(page.getByRole("main")).toContainText("Session de connexion");
});

test("an unknown address gives the French 404 and the state's favicon answers", async ({ page, request }) => {
  const response = await page.goto("/cette-page-n-existe-pas");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page non trouvée");
  expect((await request.get("/favicon.ico")).status()).toBe(200);
});

test("the site map lists a role's pages from the permission table, and the FAQ the eligible categories", async ({ page }) => {
  await page.goto("/faq#categories");
  const categories = page.getByTestId("eligible-categories");
  await expect(categories.locator("tr#categorie-500")).toContainText("Etablissement d'hébergement pour personnes âgées dépendantes");
  await expect(categories.locator("tr#categorie-620")).toHaveCount(0);
  await signInAsRegistered(page, "admin@demo.fr");
  await page.goto("/plan-du-site");
  const main = page.getByRole("main");
  await expect(main.getByRole("link", { name: "Courriels" })).toHaveAttribute("href", "/admin/courriels");
  await expect(main.getByRole("link", { name: "Nouvelle commande" })).toHaveCount(0);
});

test("the national admin finds the admin navigation, with Allocation, Tableau de bord and Courriels, on every admin page", async ({ page }) => {
  await signInAsRegistered(page, "admin@demo.fr");
  const adminPages = SITE_PAGES.filter((p) => p.group === "admin").map((p) => p.href);
  for (const path of adminPages) {
    await page.goto(path);
    const nav = page.getByRole("navigation", { name: "Administration nationale" });
    for (const name of ["Allocation", "Tableau de bord", "Courriels", "Catégories éligibles"]) {
      await expect(nav.getByRole("link", { name, exact: true })).toBeVisible();
    }
    await expect(nav.locator(`a[aria-current="page"]`)).toHaveAttribute("href", path);
  }
  await page.goto("/admin/categories");
  await expect(page.locator("nav.fr-breadcrumb")).toContainText("Mon espace");
  await expect(page.locator("nav.fr-breadcrumb")).toContainText("Catégories éligibles");
});

test("the dashboard's export buttons show their labels next to their icons", async ({ page }) => {
  await signInAsRegistered(page, "ars.ara@demo.fr");
  await page.goto("/tableau-de-bord");
  for (const name of ["Télécharger le tableur (XLSX)", "Télécharger le tableau des établissements (CSV)"]) {
    const button = page.getByRole("link", { name });
    // An icon-only DSFR button is 2.5 rem wide at most, its text clipped.
    expect((await button.boundingBox())?.width).toBeGreaterThan(150);
  }
});
