import "server-only";
import type { NextAuthOptions } from "next-auth";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { after, connection } from "next/server";
import { cache } from "react";
import { sameOriginRedirect } from "@/lib/security/callback-url";
import { plageClaimsSchema } from "@/lib/schemas/plage";
import { env, sessionPolicy } from "./env";
import { recordSignIn } from "./repositories/users";
import { endSession, openSession, recordActivity, resumeSession, type ResumedSession } from "./sessions";

/** The session cookie is refused: next-auth clears it and answers without a session. Not an error worth a log line. */
class SessionEnded extends Error {}

/** A cookie next-auth writes: `__Secure-` prefixed once the portal is served over https. */
export function authCookieName(cookie: "session-token" | "callback-url"): string {
  return `${env().NEXTAUTH_URL.startsWith("https://") ? "__Secure-" : ""}next-auth.${cookie}`;
}

/** Resumes a session for the current request; the activity write, when due, happens after the response. */
async function resume(sessionId: unknown): Promise<ResumedSession> {
  if (typeof sessionId !== "string") return { status: "none" };
  const now = new Date();
  const resumed = await resumeSession(sessionId, now);
  if (resumed.status === "open" && resumed.recordActivity) after(() => recordActivity(sessionId, now));
  return resumed;
}

/**
 * next-auth with ATIH (PLAGE) as a custom OpenID Connect provider: authorization code + PKCE, state and nonce. The
 * encrypted JWT cookie only names a server-side session (lib/server/sessions.ts), checked at every request.
 */
export function authOptions(): NextAuthOptions {
  const config = env();
  return {
    secret: config.NEXTAUTH_SECRET,
    // The cookie may not outlive the session's absolute lifetime; the server-side row decides before that.
    session: { strategy: "jwt", maxAge: sessionPolicy().absoluteLifetimeMs / 1000 },
    // next-auth's own pages are in English: every one of them is one of ours.
    pages: { signIn: "/connexion", signOut: "/", error: "/connexion", verifyRequest: "/connexion" },
    // One line per refused sign-in (tampered or expired callback), not a stack trace.
    logger: {
      error: (code, metadata) => {
        const cause = metadata instanceof Error ? metadata : (metadata as { error?: Error }).error;
        if (cause instanceof SessionEnded) return;
        console.error(`[auth] ${code}: ${cause?.message ?? "erreur sans message"}`);
      },
    },
    providers: [
      {
        id: "atih",
        name: "ATIH",
        type: "oauth",
        wellKnown: `${config.ATIH_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
        clientId: config.ATIH_CLIENT_ID,
        clientSecret: config.ATIH_CLIENT_SECRET,
        // prompt=login: on a shared ward computer, "Connexion" must ask who is there.
        authorization: { params: { scope: "openid email profile plage", prompt: "login" } },
        idToken: true,
        checks: ["pkce", "state", "nonce"],
        profile(profile) {
          return { id: profile.sub, email: profile.email, name: profile.name };
        },
      },
    ],
    callbacks: {
      async jwt({ token, profile, account, trigger }) {
        if (trigger === "signIn" && profile) {
          const user = await recordSignIn(plageClaimsSchema.parse(profile));
          token.sessionId = await openSession(user.id, account?.refresh_token ?? null, new Date());
          return token;
        }
        // GET /api/auth/session: a cookie whose session ended gets no session and no renewed cookie.
        if ((await resume(token.sessionId)).status !== "open") throw new SessionEnded();
        return token;
      },
      // Only back into the portal, and never a throw on a malformed address.
      redirect: ({ url, baseUrl }) => sameOriginRedirect(url, baseUrl),
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sessionId === "string") await endSession(token.sessionId, "SIGNED_OUT", new Date());
      },
    },
  };
}

/**
 * The session of the current request, once per request: none, ended (and why), or open with its user. Pages that call
 * it render per request, never at build time (no config there).
 */
export const currentSession = cache(async (): Promise<ResumedSession> => {
  await connection();
  const cookie = (await cookies()).get(authCookieName("session-token"))?.value;
  if (!cookie) return { status: "none" };
  const token = await decode({ token: cookie, secret: env().NEXTAUTH_SECRET }).catch(() => null);
  return resume(token?.sessionId);
});
