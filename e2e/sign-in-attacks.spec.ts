import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { interceptedCallback as intercepted } from "./api-client";
import { requestFrom } from "./loopback-client";
import { E2E_APP_URL } from "./ports";

const interceptedCallback = (email: string) => intercepted(E2E_APP_URL, email);

/**
 * The same client with one next-auth cookie swapped for another sign-in's: a genuine, decryptable cookie holding
 * another PKCE verifier or nonce, so the refusal comes from the OpenID check itself.
 */
async function withCookieOf(client: APIRequestContext, other: APIRequestContext, suffix: string): Promise<APIRequestContext> {
  const state = await client.storageState();
  const foreign = (await other.storageState()).cookies.find((c) => c.name.endsWith(suffix));
  expect(foreign, suffix).toBeDefined();
  state.cookies = [...state.cookies.filter((c) => !c.name.endsWith(suffix)), foreign!];
  return playwrightRequest.newContext({ baseURL: E2E_APP_URL, storageState: state });
}

async function expectRejected(client: APIRequestContext, callback: string) {
  const response = await client.get(callback, { maxRedirects: 0 });
  expect(response.status()).toBe(302);
  expect(response.headers()["location"]).toMatch(/error=OAuthCallback$/);
  // The user lands on the login page with a French explanation.
  const landing = await client.get(response.headers()["location"]);
  expect(landing.url()).toMatch(/\/connexion\?.*error=OAuthCallback/);
  expect(await landing.text()).toContain("La connexion avec l&#x27;ATIH n&#x27;a pas abouti");
  const session = await (await client.get("/api/auth/session")).json();
  expect(session).toEqual({});
}

test.describe("a tampered OpenID Connect callback is rejected", () => {
  test("wrong state", async () => {
    const { client, callback } = await interceptedCallback("operateur@ehpad-demo.fr");
    const forged = new URL(callback);
    forged.searchParams.set("state", "forged-state");
    await expectRejected(client, forged.toString());
  });

  test("wrong PKCE code verifier", async () => {
    const { client, callback } = await interceptedCallback("operateur@ehpad-demo.fr");
    const other = await interceptedCallback("operateur@ehpad-demo.fr");
    await expectRejected(await withCookieOf(client, other.client, "next-auth.pkce.code_verifier"), callback);
  });

  test("wrong nonce", async () => {
    const { client, callback } = await interceptedCallback("operateur@ehpad-demo.fr");
    const other = await interceptedCallback("operateur@ehpad-demo.fr");
    await expectRejected(await withCookieOf(client, other.client, "next-auth.nonce"), callback);
  });

  test("the untouched callback signs in (so the three refusals come from the tampering alone)", async () => {
    const { client, callback } = await interceptedCallback("operateur@ehpad-demo.fr");
    const response = await client.get(callback, { maxRedirects: 0 });
    expect(response.headers()["location"]).toMatch(/\/accueil$/);
    expect((await (await client.get("/api/auth/session")).json()).user.email).toBe("operateur@ehpad-demo.fr");
  });
});

test("login attempts are rate-limited: the identity provider locks a login after 5 wrong passwords", async ({ page }) => {
  const attempt = async () => {
    await page.goto("/connexion");
    await page.getByRole("button", { name: "Se connecter avec mon compte ATIH (PLAGE)" }).click();
    await page.getByLabel("Adresse électronique").fill("intrus@demo.fr");
    await page.getByLabel("Mot de passe").fill("devine");
    await page.getByRole("button", { name: "Se connecter" }).click();
    return page.getByRole("alert").innerText();
  };
  for (let i = 0; i < 5; i++) expect(await attempt()).toBe("Identifiant ou mot de passe incorrect.");
  expect(await attempt()).toMatch(/^Trop de tentatives pour cet identifiant/);
});

test("the portal answers 429 to a burst of sign-in requests from one address, whatever X-Forwarded-For it claims", async () => {
  // No trusted proxy in front (TRUSTED_PROXY_HOPS=0): the address is the socket's, a forged header changes nothing.
  const signInFrom = (address: string, i: number) =>
    requestFrom(address, `${E2E_APP_URL}/api/auth/signin/atih`, { headers: { "x-forwarded-for": `203.0.113.${i % 250}, 198.51.100.${i % 250}` } });
  const statuses: number[] = [];
  for (let i = 0; i < 60; i++) statuses.push((await signInFrom("127.0.0.77", i)).status);
  expect(statuses.filter((s) => s === 429)).toEqual([]);
  const refused = await signInFrom("127.0.0.77", 60);
  expect(refused.status).toBe(429);
  expect(refused.headers["x-refusal-code"]).toBe("RATE_LIMITED");
  expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
  // Another address is not affected.
  expect((await signInFrom("127.0.0.78", 0)).status).not.toBe(429);
});
