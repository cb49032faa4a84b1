/**
 * next-auth's endpoints (/api/auth/*) given what a clumsy user or an attacker sends: never a 500, never English, and
 * never a redirect out of the portal.
 */
import { expect, test, type APIResponse } from "@playwright/test";
import { E2E_APP_URL } from "./ports";

const ENGLISH = /\b(Error|NextAuth|not supported|There is a problem|server configuration|Sign in|Sign out|Cannot)\b/;

/** A refusal in French: a 4xx whose text says what happened. */
async function expectFrenchRefusal(response: APIResponse, status: number, text: RegExp) {
  expect(response.status()).toBe(status);
  const body = await response.text();
  expect(body).toMatch(text);
  expect(body).not.toMatch(ENGLISH);
}

test("a malformed callbackUrl, in the query or the callback-url cookie, gets a French 400 instead of a 500", async ({ request }) => {
  for (const path of ["/api/auth/signin", "/api/auth/signin/atih", "/api/auth/session", "/api/auth/csrf", "/api/auth/providers", "/api/auth/callback/atih", "/api/auth/signout"]) {
    const response = await request.get(`${path}?callbackUrl=${encodeURIComponent("http://a:b")}`, { maxRedirects: 0 });
    await expectFrenchRefusal(response, 400, /^Adresse de retour invalide/);
  }
  for (const path of ["/api/auth/session", "/api/auth/csrf", "/api/auth/signin"]) {
    const response = await request.get(path, { headers: { cookie: "next-auth.callback-url=http://a:b" }, maxRedirects: 0 });
    await expectFrenchRefusal(response, 400, /^Adresse de retour invalide/);
    // The bad cookie is erased, so that the next attempt goes through.
    expect(response.headers()["set-cookie"]).toMatch(/^next-auth\.callback-url=; Path=\/; Max-Age=0/);
  }
});

test("a sign-in asked to return somewhere else returns into the portal; a malformed address in the form too", async ({ request }) => {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  for (const callbackUrl of ["https://evil.example/accueil", "//evil.example/", "http://a:b"]) {
    const response = await request.post("/api/auth/signin/atih", { form: { csrfToken, callbackUrl, json: "true" } });
    expect(response.status(), callbackUrl).toBe(200);
    expect((await response.json()).url, callbackUrl).toMatch(/\/auth\?/);
    const stored = (await request.storageState()).cookies.find((c) => c.name === "next-auth.callback-url");
    expect(decodeURIComponent(stored!.value), callbackUrl).toBe(E2E_APP_URL);
  }
});

test("unknown endpoints, wrong methods and unreadable bodies get a French 4xx", async ({ request }) => {
  for (const path of ["/api/auth/nimporte-quoi", "/api/auth/_log", "/api/auth/callback/inconnu", "/api/auth/signin/atih/x", "/api/auth/session/x"]) {
    await expectFrenchRefusal(await request.get(path, { maxRedirects: 0 }), 404, /n'existe pas/);
  }
  await expectFrenchRefusal(await request.post("/api/auth/providers", { maxRedirects: 0 }), 404, /n'existe pas/);
  // The portal never updates a session from the browser: next-auth would answer a bare "[object Object]".
  await expectFrenchRefusal(await request.post("/api/auth/session", { form: { data: "x" }, maxRedirects: 0 }), 404, /n'existe pas/);
  await expectFrenchRefusal(await request.post("/api/auth/_log", { data: { level: "error", code: "x" }, maxRedirects: 0 }), 404, /n'existe pas/);
  await expectFrenchRefusal(
    await request.post("/api/auth/signout", { headers: { "content-type": "application/json" }, data: Buffer.from("{pas du json"), maxRedirects: 0 }),
    400,
    /^Requête illisible/,
  );
});

test("next-auth's own pages are the portal's: sign-out confirmation, error and e-mail pages lead to French pages", async ({ request, page }) => {
  const expectations: Array<[string, string]> = [
    ["/api/auth/signout", "/"],
    ["/api/auth/verify-request", "/connexion"],
    ["/api/auth/error?error=%3Cscript%3E", "/connexion"],
    ["/api/auth/signin", "/connexion"],
    ["/api/auth/callback/atih", "/connexion"],
  ];
  for (const [path, target] of expectations) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(new URL(response.url()).pathname, path).toBe(target);
    expect(await response.text(), path).toContain('<html lang="fr"');
  }
  await page.goto("/api/auth/error?error=%3Cscript%3E");
  await expect(page.getByRole("alert").filter({ hasText: "connexion" })).toHaveText("La connexion a échoué. Recommencez.");
});
