/**
 * Re-reads a signed-in user's PLAGE profile from ATIH (OpenID Connect): the refresh token buys a new access token,
 * which reads the userinfo endpoint. The real ATIH and the local stand-in (idp/) answer the same way.
 */

export interface AtihClient {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

export type ProfileRereading =
  /** ATIH answered with the user's current claims (and possibly a rotated refresh token). */
  | { status: "confirmed"; claims: unknown; refreshToken: string }
  /** ATIH refused: the grant or the account is gone. The session must end. */
  | { status: "refused"; detail: string }
  /** No answer (network, timeout, 5xx): try again later. */
  | { status: "unreachable"; detail: string };

/** Beyond this, a request waiting for ATIH is better served with the roles it has. */
const TIMEOUT_MS = 5_000;

interface Endpoints {
  token_endpoint: string;
  userinfo_endpoint: string;
}

const discovered = new Map<string, Endpoints>();

async function endpoints(issuer: string): Promise<Endpoints> {
  const known = discovered.get(issuer);
  if (known) return known;
  const response = await fetch(`${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
  if (!response.ok) throw new Error(`découverte OpenID : HTTP ${response.status}`);
  const document = (await response.json()) as Endpoints;
  discovered.set(issuer, document);
  return document;
}

/** The token endpoint's answer, whatever its status. */
async function refreshedTokens(client: AtihClient, token_endpoint: string, refreshToken: string) {
  const response = await fetch(token_endpoint, {
    method: "POST",
    headers: {
      authorization: `Basic ${Buffer.from(`${encodeURIComponent(client.clientId)}:${encodeURIComponent(client.clientSecret)}`).toString("base64")}`,
      "content-type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({ grant_type: "refresh_token", refresh_token: refreshToken }),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const body = (await response.json().catch(() => ({}))) as { access_token?: string; refresh_token?: string; error?: string };
  return { status: response.status, body };
}

export async function rereadProfile(client: AtihClient, refreshToken: string): Promise<ProfileRereading> {
  try {
    const { token_endpoint, userinfo_endpoint } = await endpoints(client.issuer);
    const tokens = await refreshedTokens(client, token_endpoint, refreshToken);
    // invalid_grant: the refresh token's grant was revoked or its account closed. Other errors say nothing of the user.
    if (tokens.body.error === "invalid_grant") return { status: "refused", detail: "invalid_grant" };
    if (tokens.status !== 200 || !tokens.body.access_token) return { status: "unreachable", detail: `jeton : HTTP ${tokens.status}` };
    const userinfo = await fetch(userinfo_endpoint, {
      headers: { authorization: `Bearer ${tokens.body.access_token}` },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (userinfo.status === 401 || userinfo.status === 403) return { status: "refused", detail: `userinfo : HTTP ${userinfo.status}` };
    if (!userinfo.ok) return { status: "unreachable", detail: `userinfo : HTTP ${userinfo.status}` };
    return { status: "confirmed", claims: await userinfo.json(), refreshToken: tokens.body.refresh_token ?? refreshToken };
  } catch (error) {
    return { status: "unreachable", detail: error instanceof Error ? error.message : String(error) };
  }
}
