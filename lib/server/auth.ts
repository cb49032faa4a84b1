import "server-only";
import { getServerSession, type NextAuthOptions } from "next-auth";
import { connection } from "next/server";
import { plageClaimsSchema } from "@/lib/schemas/plage";
import { env } from "./env";
import { recordSignIn } from "./repositories/users";
import { redirectToSignIn } from "./sign-in-redirect";

/** next-auth with ATIH (PLAGE) as a custom OpenID Connect provider: authorization code + PKCE, state and nonce. */
export function authOptions(): NextAuthOptions {
  const config = env();
  return {
    secret: config.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
    pages: { signIn: "/connexion", error: "/connexion" },
    // One line per refused sign-in (tampered or expired callback), not a stack trace.
    logger: {
      error: (code, metadata) => {
        const cause = metadata instanceof Error ? metadata : (metadata as { error?: Error }).error;
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
      async jwt({ token, profile }) {
        if (profile) {
          const claims = plageClaimsSchema.parse(profile);
          token.userId = (await recordSignIn(claims)).id;
        }
        return token;
      },
      async session({ session, token }) {
        session.user = { ...session.user, id: token.userId };
        return session;
      },
    },
  };
}

/** The signed-in user's id, or a redirect to the login page. */
export async function requireUserId(): Promise<string> {
  const session = await currentSession();
  if (!session?.user?.id) return redirectToSignIn();
  return session.user.id;
}

/** The session, if any. Pages that call it render per request, never at build time (no config there). */
export async function currentSession() {
  await connection();
  return getServerSession(authOptions());
}
