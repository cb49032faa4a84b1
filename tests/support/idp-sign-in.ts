/**
 * A PLAGE sign-in against the local identity provider, as the portal's next-auth does it (authorization code, PKCE,
 * state, nonce), without a browser: for integration tests that need the real tokens ATIH hands out.
 */
import { createHash, randomBytes } from "node:crypto";
import { startIdentityProvider } from "@/idp/provider";
import { freePort } from "@/scripts/lib/ports";

export interface LocalIdp {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /** Calls the provider's test administration: withdraw-role {email, role} or restore {email}. */
  admin(operation: "withdraw-role" | "restore", body: { email: string; role?: string }): Promise<void>;
  close(): Promise<void>;
}

export async function startLocalIdp(): Promise<LocalIdp> {
  const port = await freePort();
  const issuer = `http://localhost:${port}`;
  const appUrl = "http://localhost:1";
  const adminToken = randomBytes(16).toString("hex");
  const options = { issuer, port, clientId: "distrilog-sante", clientSecret: randomBytes(16).toString("hex"), appUrl, adminToken };
  const idp = await startIdentityProvider(options);
  return {
    issuer,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    redirectUri: `${appUrl}/api/auth/callback/atih`,
    async admin(operation, body) {
      const response = await fetch(`${issuer}/admin/accounts/${operation}`, {
        method: "POST",
        headers: { authorization: `Bearer ${adminToken}` },
        body: JSON.stringify(body),
      });
      if (response.status !== 204) throw new Error(`administration du fournisseur : HTTP ${response.status}`);
    },
    close: idp.close,
  };
}

/** Follows the provider's redirects by hand, keeping its cookies, until it sends the browser back to the portal. */
async function authorizationCode(idp: LocalIdp, authorizationUrl: string, email: string): Promise<string> {
  const jar = new Map<string, string>();
  const send = async (url: string, init: RequestInit = {}) => {
    const response = await fetch(url, {
      ...init,
      redirect: "manual",
      headers: { ...(init.headers as Record<string, string>), cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const at = pair.indexOf("=");
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response;
  };
  let url = authorizationUrl;
  for (let step = 0; step < 10; step++) {
    if (url.startsWith(idp.redirectUri)) {
      const code = new URL(url).searchParams.get("code");
      if (!code) throw new Error(`pas de code d'autorisation : ${url}`);
      return code;
    }
    const response = url.includes("/interaction/")
      ? await send(url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ login: email, password: "demo" }) })
      : await send(url);
    const location = response.headers.get("location");
    if (!location) throw new Error(`le fournisseur s'est arrêté sur ${url} (HTTP ${response.status})`);
    url = new URL(location, url).href;
  }
  throw new Error("trop de redirections");
}

/** Signs in as a demo account; returns the claims of userinfo and the tokens, refresh token included. */
export async function signInAtIdp(idp: LocalIdp, email: string): Promise<{ claims: unknown; refreshToken: string }> {
  const discovery = (await (await fetch(`${idp.issuer}/.well-known/openid-configuration`)).json()) as Record<string, string>;
  const verifier = randomBytes(32).toString("base64url");
  const params = new URLSearchParams({
    client_id: idp.clientId,
    response_type: "code",
    scope: "openid email profile plage",
    redirect_uri: idp.redirectUri,
    code_challenge: createHash("sha256").update(verifier).digest("base64url"),
    code_challenge_method: "S256",
    state: randomBytes(8).toString("hex"),
    nonce: randomBytes(8).toString("hex"),
    prompt: "login",
  });
  const code = await authorizationCode(idp, `${discovery.authorization_endpoint}?${params}`, email);
  const tokenResponse = await fetch(discovery.token_endpoint, {
    method: "POST",
    headers: { authorization: `Basic ${Buffer.from(`${idp.clientId}:${idp.clientSecret}`).toString("base64")}` },
    body: new URLSearchParams({ grant_type: "authorization_code", code, redirect_uri: idp.redirectUri, code_verifier: verifier }),
  });
  const tokens = (await tokenResponse.json()) as { access_token: string; refresh_token?: string };
  if (!tokens.refresh_token) throw new Error(`pas de jeton de rafraîchissement : ${JSON.stringify(tokens)}`);
  const userinfo = await fetch(discovery.userinfo_endpoint, { headers: { authorization: `Bearer ${tokens.access_token}` } });
  return { claims: await userinfo.json(), refreshToken: tokens.refresh_token };
}
