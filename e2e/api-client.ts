import { expect, request as playwrightRequest, type APIRequestContext } from "@playwright/test";

function location(response: { headers(): Record<string, string> }, base: string): string {
  return new URL(response.headers()["location"], base).toString();
}

/**
 * Signs in up to ATIH's redirect back to the portal, without following it: returns the callback URL (code, state)
 * and the HTTP client holding the cookies (state, nonce, PKCE verifier) that bind that callback to this "browser".
 */
export async function interceptedCallback(appUrl: string, email: string): Promise<{ client: APIRequestContext; callback: string }> {
  const client = await playwrightRequest.newContext({ baseURL: appUrl });
  const { csrfToken } = await (await client.get("/api/auth/csrf")).json();
  const signIn = await client.post("/api/auth/signin/atih", { form: { csrfToken, callbackUrl: `${appUrl}/accueil`, json: "true" } });
  let url: string = (await signIn.json()).url;
  // Through ATIH: authorization endpoint → login page → submit → resume → redirect to the portal's callback.
  for (let step = 0; step < 10 && !url.startsWith(`${appUrl}/api/auth/callback/atih`); step++) {
    const response = await client.get(url, { maxRedirects: 0 });
    if (response.status() === 200 && url.includes("/interaction/")) {
      const submitted = await client.post(url, { form: { login: email, password: "demo" }, maxRedirects: 0 });
      url = location(submitted, url);
    } else {
      url = location(response, url);
    }
  }
  expect(url).toContain("/api/auth/callback/atih?");
  return { client, callback: url };
}

/** An HTTP client signed in as a demo account through the real OpenID flow. */
export async function signedInClient(appUrl: string, email: string): Promise<APIRequestContext> {
  const { client, callback } = await interceptedCallback(appUrl, email);
  await client.get(callback, { maxRedirects: 0 });
  return client;
}

export { actionIdFromManifest as actionId } from "../bench/action-id";

/**
 * Calls a server action over HTTP exactly as the page's form does (POST with the Next-Action header) and returns the
 * action's result, read from the React Server Components response.
 */
export async function callAction<T = unknown>(client: APIRequestContext, page: string, id: string, input: unknown): Promise<T> {
  const response = await client.post(page, {
    headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
    data: JSON.stringify([input]),
    timeout: 30_000,
  });
  expect(response.status(), await response.text().catch(() => "")).toBe(200);
  const line = (await response.text()).split("\n").find((l) => l.startsWith("1:"));
  if (!line) throw new Error("Réponse d'action sans résultat");
  return JSON.parse(line.slice(2)) as T;
}
