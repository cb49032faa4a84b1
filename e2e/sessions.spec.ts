/**
 * Server-side sessions seen from the browser: a cookie copied before « Se déconnecter » is refused afterwards on a
 * page, a server action and /api/auth/session; a national admin ends a user's sessions from /admin/utilisateurs.
 */
import { expect, request as playwrightRequest, test, type BrowserContext, type Cookie } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { confirmInDialog, expectNoAccessibilityViolations } from "./accessibility";
import { actionId, callAction } from "./api-client";
import { signInAsRegistered, signOut } from "./login";
import { E2E_APP_URL } from "./ports";

const NOT_SIGNED_IN = "Votre session a pris fin ou vous n'êtes pas connecté : reconnectez-vous pour continuer.";
const SESSION_COOKIE = "next-auth.session-token";

/** An HTTP client holding exactly these cookies: a copy of the browser's, as a thief would replay them. */
const replaying = (cookies: Cookie[]) => playwrightRequest.newContext({ baseURL: E2E_APP_URL, storageState: { cookies, origins: [] } });

async function browserWith(context: BrowserContext, cookies: Cookie[]) {
  await context.addCookies(cookies);
  return context.newPage();
}

test("a session cookie copied before « Se déconnecter » is refused afterwards: page, server action, /api/auth/session", async ({ page, context, browser }) => {
  await signInAsRegistered(page, "operateur@ehpad-demo.fr");
  const copied = await context.cookies();
  expect(copied.some((c) => c.name === SESSION_COOKIE)).toBe(true);
  const thief = await replaying(copied);
  // Before sign-out, the copy works like the original.
  expect((await (await thief.get("/api/auth/session")).json()).user.email).toBe("operateur@ehpad-demo.fr");

  await signOut(page);

  // A page: sent to sign in again, told why.
  const replayed = await browserWith(await browser.newContext(), copied);
  await replayed.goto("/accueil");
  await expect(replayed).toHaveURL(/\/connexion(\?|$)/);
  await expect(replayed.getByRole("alert").filter({ hasText: "session" })).toHaveText("Votre session a pris fin : vous vous êtes déconnecté. Reconnectez-vous pour continuer.");
  await expect(replayed.getByRole("banner").getByRole("link", { name: "Connexion" })).toBeVisible();

  // A server action: refused before its input is even read.
  const placed = await callAction(thief, "/commandes/nouvelle", actionId("app/(etablissement)/commandes/actions.ts", "placeOrderAction"), {
    idempotencyKey: randomUUID(),
    kind: "STATE_STOCK",
    lines: [{ productId: randomUUID(), packs: 1 }],
  });
  expect(placed).toEqual({ ok: false, code: "NOT_SIGNED_IN", message: NOT_SIGNED_IN });

  // next-auth's session endpoint: no session, no renewed token — the cookie is cleared instead.
  const session = await thief.get("/api/auth/session");
  expect(session.status()).toBe(200);
  expect(await session.json()).toEqual({});
  const renewed = session.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie" && h.value.startsWith(`${SESSION_COOKIE}=`));
  expect(renewed.map((h) => h.value)).toEqual([expect.stringMatching(new RegExp(`^${SESSION_COOKIE}=;`))]);
  await thief.dispose();
});

test("a national admin ends a user's sessions from /admin/utilisateurs; the user is sent to sign in again", async ({ page, browser }) => {
  const userContext = await browser.newContext();
  const userPage = await userContext.newPage();
  await signInAsRegistered(userPage, "operateur@ch-mono-demo.fr");

  await signInAsRegistered(page, "admin@demo.fr");
  await page.goto("/admin/utilisateurs?email=operateur%40demo");
  await expect(page.getByRole("alert").filter({ hasText: "Saisissez" })).toHaveText("Saisissez une adresse électronique valide, par exemple prenom.nom@etablissement.fr.");
  await page.getByLabel("Rechercher un utilisateur").fill("CH-mono");
  await page.getByRole("button", { name: "Rechercher" }).click();
  await page.getByTestId("users").getByRole("link", { name: "operateur@ch-mono-demo.fr" }).click();
  const user = page.getByTestId("user");
  await expect(user.getByRole("heading", { name: "Paul Lefèvre" })).toBeVisible();
  // This browser's session at least (other specs may have left theirs open), last used a moment ago.
  await expect(user.getByTestId("open-sessions")).toHaveText(/^\d+ \(dernière activité le /);
  const open = Number((await user.getByTestId("open-sessions").textContent())!.split(" ")[0]);
  expect(open).toBeGreaterThanOrEqual(1);
  await expectNoAccessibilityViolations(page);

  await user.getByRole("button", { name: "Mettre fin à ses sessions" }).click();
  await confirmInDialog(page, "Mettre fin à ses sessions");
  await expect(page.getByRole("status").filter({ hasText: "session" })).toHaveText(
    open === 1 ? "1 session a pris fin." : `${open} sessions ont pris fin.`,
  );
  await expect(user.getByTestId("open-sessions")).toHaveText("0");

  await userPage.goto("/commandes");
  await expect(userPage).toHaveURL(/\/connexion(\?|$)/);
  await expect(userPage.getByRole("alert").filter({ hasText: "session" })).toHaveText(
    "Votre session a pris fin : un administrateur national y a mis fin. Reconnectez-vous pour continuer.",
  );
  await userContext.close();
});

test("an unknown e-mail is said so, and the page is the national admin's only", async ({ page }) => {
  await signInAsRegistered(page, "admin@demo.fr");
  await page.goto("/admin/utilisateurs?email=personne%40demo.fr");
  await expect(page.getByRole("status").filter({ hasText: "Aucun utilisateur" })).toHaveText(
    "Aucun utilisateur ne s'est connecté avec l'adresse personne@demo.fr.",
  );
  await signOut(page);
  await signInAsRegistered(page, "operateur@clinique-demo.fr");
  await page.goto("/admin/utilisateurs");
  await expect(page.getByRole("heading", { name: "Accès refusé" })).toBeVisible();
});
