import { generateKeyPairSync, randomBytes, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import Provider, { type Configuration } from "oidc-provider";
import { RateLimiter } from "../lib/security/rate-limiter";
import { AccountDirectory, claimsOf } from "./accounts";
import { escapeHtml, renderLoginPage } from "./login-page";

export interface IdentityProviderOptions {
  /** e.g. http://localhost:3001 */
  issuer: string;
  port: number;
  clientId: string;
  clientSecret: string;
  /** The portal's base URL, e.g. http://localhost:3000 */
  appUrl: string;
  /**
   * Enables the test administration endpoints (withdraw a role from an account, restore it) for callers presenting
   * this bearer token. Absent: they do not exist.
   */
  adminToken?: string;
}

/** The scopes and claims ATIH PLAGE releases to Distrilog-santé. */
const CLAIMS = {
  openid: ["sub"],
  email: ["email", "email_verified"],
  profile: ["name", "given_name", "family_name"],
  plage: ["plage_profiles"],
};

function signingKey() {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { ...privateKey.export({ format: "jwk" }), use: "sig", alg: "RS256", kid: "local-atih" };
}

function configuration(options: IdentityProviderOptions, accounts: AccountDirectory): Configuration {
  return {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [`${options.appUrl}/api/auth/callback/atih`],
        post_logout_redirect_uris: [options.appUrl],
        // Refresh tokens let the portal re-read the PLAGE profile (roles) while a session lasts.
        grant_types: ["authorization_code", "refresh_token"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    claims: CLAIMS,
    // Without this, scope claims (e-mail, PLAGE profiles) stay out of the ID token next-auth reads.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    // Without asking for offline_access (which would need a consent prompt): a refresh token lives only as long as the
    // portal's session may (a working day), to re-read the profile.
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed("refresh_token"),
    // PLAGE's sessions and refresh tokens last a working day; the codes and tokens of one sign-in, minutes.
    ttl: {
      Interaction: 600,
      Session: 10 * 3600,
      Grant: 10 * 3600,
      RefreshToken: 10 * 3600,
      AuthorizationCode: 60,
      AccessToken: 600,
      IdToken: 600,
    },
    jwks: { keys: [signingKey()] },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx, sub) {
      const account = accounts.bySubject(sub);
      return account ? { accountId: sub, claims: async () => claimsOf(account) } : undefined;
    },
    // The portal is ATIH's first-party client: PLAGE asks no consent, it grants the requested scopes.
    async loadExistingGrant(ctx) {
      const { oidc } = ctx;
      const grantId = oidc.result?.consent?.grantId || oidc.session?.grantIdFor(oidc.client!.clientId);
      if (grantId) return oidc.provider.Grant.find(grantId);
      const grant = new oidc.provider.Grant({ clientId: oidc.client!.clientId, accountId: oidc.session!.accountId! });
      grant.addOIDCScope(Object.keys(CLAIMS).join(" "));
      await grant.save();
      return grant;
    },
    renderError(ctx, out) {
      ctx.type = "html";
      ctx.body = `<!doctype html><html lang="fr"><meta charset="utf-8"><title>Erreur d'authentification</title><main><h1>Erreur d'authentification</h1><p>${escapeHtml(String(out.error_description ?? out.error))}</p></main></html>`;
    },
  };
}


/** A request body, cut at 10 000 characters: logins and admin requests are short. */
async function readBody(req: IncomingMessage): Promise<string> {
  let body = "";
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 10_000) break;
  }
  return body;
}

/** Five wrong passwords for one login within 15 minutes lock that login for the rest of the window. */
const failedLogins = new RateLimiter(5, 15 * 60_000);

async function handleInteraction(provider: Provider, accounts: AccountDirectory, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  const html = (error?: string, login = "") => {
    res.writeHead(error ? 401 : 200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
    res.end(renderLoginPage({ action: `/interaction/${details.uid}`, error, login, accounts: accounts.list() }));
  };
  if (req.method === "GET") return html();
  const form = new URLSearchParams(await readBody(req));
  const login = form.get("login") ?? "";
  const key = login.trim().toLowerCase();
  const wait = failedLogins.retryAfterSeconds(key);
  if (wait > 0) {
    return html(`Trop de tentatives pour cet identifiant : réessayez dans ${Math.ceil(wait / 60)} minute(s).`, login);
  }
  const account = accounts.byLogin(login);
  if (!account || account.password !== form.get("password")) {
    failedLogins.hit(key);
    return html("Identifiant ou mot de passe incorrect.", login);
  }
  failedLogins.reset(key);
  await provider.interactionFinished(req, res, { login: { accountId: account.sub } }, { mergeWithLastSubmission: false });
}

function authorized(req: IncomingMessage, token: string): boolean {
  const presented = Buffer.from(req.headers.authorization ?? "");
  const expected = Buffer.from(`Bearer ${token}`);
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}

/**
 * POST /admin/accounts/withdraw-role {"email","role"} and POST /admin/accounts/restore {"email"}: what PLAGE's APE
 * does to an account, done at run time so that tests can see the portal notice it. 204, or 404 for an unknown account.
 */
async function handleAdmin(accounts: AccountDirectory, token: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const answer = (status: number, text = "") => {
    res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8" });
    res.end(text);
  };
  if (req.method !== "POST" || !authorized(req, token)) return answer(401, "Jeton d'administration absent ou invalide.");
  const body = JSON.parse(await readBody(req)) as { email?: string; role?: string };
  const email = String(body.email ?? "");
  const done =
    req.url === "/admin/accounts/withdraw-role" ? accounts.withdrawRole(email, String(body.role ?? ""))
    : req.url === "/admin/accounts/restore" ? accounts.restore(email)
    : null;
  if (done === null) return answer(404, "Opération inconnue.");
  answer(done ? 204 : 404, done ? "" : "Compte inconnu.");
}

/** Starts the local ATIH/PLAGE stand-in: a real OpenID Connect provider with seeded accounts. */
export async function startIdentityProvider(options: IdentityProviderOptions): Promise<{ close(): Promise<void> }> {
  const accounts = new AccountDirectory();
  const provider = new Provider(options.issuer, configuration(options, accounts));
  const oidc = provider.callback();
  const server: Server = createServer((req, res) => {
    const { adminToken } = options;
    if (adminToken && req.url?.startsWith("/admin/")) {
      handleAdmin(accounts, adminToken, req, res).catch(() => {
        res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" });
        res.end("Requête d'administration illisible.");
      });
      return;
    }
    if (req.url?.startsWith("/interaction/")) {
      handleInteraction(provider, accounts, req, res).catch((error: unknown) => {
        res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" });
        res.end(`Session d'authentification expirée ou invalide : recommencez depuis le portail. (${String(error)})`);
      });
      return;
    }
    oidc(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", resolve);
  });
  return {
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
