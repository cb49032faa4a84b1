import { expect, type Browser, type Page } from "@playwright/test";

const dismissing = new WeakSet<Page>();

/**
 * The notice of contingented products opens once after each sign-in of those who order, over whichever page comes
 * next and a moment after it loads: whenever it is in the way, « J'ai compris » closes it, as a user would.
 */
async function dismissContingentNotice(page: Page): Promise<void> {
  if (dismissing.has(page)) return;
  dismissing.add(page);
  const notice = page.getByRole("dialog", { name: "Produits contingentés cette semaine" });
  await page.addLocatorHandler(notice, async () => {
    // Another dialog opening conceals the notice: then it is no longer in the way, and the click must not wait for it.
    await notice
      .getByRole("button", { name: "J'ai compris" })
      .click({ timeout: 5_000 })
      .catch(async (error: unknown) => {
        if (await notice.isVisible()) throw error;
      });
  });
}

/** Signs in through the portal's "Connexion" and the local ATIH (PLAGE) login page. */
export async function signIn(page: Page, email: string, password = "demo"): Promise<void> {
  await dismissContingentNotice(page);
  await page.goto("/connexion");
  await page.getByRole("button", { name: "Se connecter avec mon compte ATIH (PLAGE)" }).click();
  await expect(page.getByRole("heading", { name: "Connexion à Distrilog-santé" })).toBeVisible();
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

/** Signs in and, on a first login, completes the registration form; ends on the home page. */
export async function signInAsRegistered(page: Page, email: string): Promise<void> {
  const previousNotice = await rememberedNotice(page);
  await signIn(page, email);
  await page.waitForURL(/\/(accueil|inscription)$/);
  if (page.url().endsWith("/inscription")) await completeRegistration(page);
  await expect(page).toHaveURL(/\/accueil$/);
  await settleContingentNotice(page, previousNotice);
}

/** The sign-in whose notice this browser last showed (none before the portal's first page). */
async function rememberedNotice(page: Page): Promise<string | null> {
  if (!page.url().startsWith("http")) return null;
  return page.evaluate(() => localStorage.getItem("distrilog:contingent-notice"));
}

/**
 * When the first page carries the notice (an orderer, products in tension), waits until it has opened and been
 * closed for this sign-in, so it cannot fade in over a later check (axe read its text mid-transition) or open over a
 * confirmation dialog. A second sign-in in the same browser finds the previous one remembered: only a change counts.
 */
async function settleContingentNotice(page: Page, previousNotice: string | null): Promise<void> {
  const notice = page.locator("dialog#contingent-notice");
  if ((await notice.count()) === 0) return;
  await expect(async () => {
    // The locator handler closes the notice whenever it is visible before this assertion.
    await expect(notice).toBeHidden();
    const remembered = await rememberedNotice(page);
    expect(remembered).not.toBeNull();
    expect(remembered).not.toBe(previousNotice);
  }).toPass({ timeout: 15_000 });
}

/** Fills and sends the first-login registration form. */
export async function completeRegistration(page: Page): Promise<void> {
  await page.getByLabel("Votre fonction").fill("Cadre de santé");
  await page.getByLabel("Votre téléphone").fill("04 72 00 00 00");
  await page.getByLabel("Contact pour les livraisons").fill("Magasin central");
  await page.getByLabel("Téléphone du contact livraison").fill("04 72 00 00 01");
  await page.getByLabel("Jours et horaires de réception des livraisons").fill("Du lundi au vendredi, 8h–16h");
  await page.getByRole("button", { name: "Terminer mon inscription" }).click();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Connexion" })).toBeVisible();
}

/** A signed-in page in a browser context of its own, so that several users act side by side. */
export async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAsRegistered(page, email);
  return page;
}
