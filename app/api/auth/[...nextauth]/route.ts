import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { isAcceptableCallbackUrl } from "@/lib/security/callback-url";
import { authCookieName, authOptions } from "@/lib/server/auth";
import { env } from "@/lib/server/env";

type Context = { params: Promise<{ nextauth?: string[] }> };

/** The next-auth endpoints the portal uses, per method; next-auth answers anything else in English. */
const ACTIONS: Record<string, ReadonlySet<string>> = {
  GET: new Set(["providers", "session", "csrf", "signin", "signout", "callback", "verify-request", "error"]),
  POST: new Set(["signin", "signout", "callback"]),
};
/** The one identity provider: /signin/atih, /callback/atih. */
const PROVIDER = "atih";

function knownEndpoint(method: string, [action, provider, ...rest]: string[]): boolean {
  if (!action || !ACTIONS[method]?.has(action) || rest.length > 0) return false;
  if (action === "callback") return provider === PROVIDER;
  return provider === undefined || (action === "signin" && provider === PROVIDER);
}

function refusal(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers } });
}

const BAD_CALLBACK = "Adresse de retour invalide : recommencez la connexion depuis la page « Connexion » du portail.";

/** What next-auth would stop on with an English 500: checked here first, and answered in French. */
async function badInput(request: NextRequest, segments: string[]): Promise<Response | null> {
  if (!knownEndpoint(request.method, segments)) return refusal(404, "Cette adresse de connexion n'existe pas.");
  const base = env().NEXTAUTH_URL;
  const callbackUrl = request.nextUrl.searchParams.get("callbackUrl");
  if (callbackUrl !== null && !isAcceptableCallbackUrl(callbackUrl, base)) return refusal(400, BAD_CALLBACK);
  const cookie = authCookieName("callback-url");
  const callbackCookie = request.cookies.get(cookie)?.value;
  if (callbackCookie !== undefined && !isAcceptableCallbackUrl(callbackCookie, base)) {
    // The browser forgets the bad cookie, so that the next attempt goes through.
    return refusal(400, BAD_CALLBACK, { "Set-Cookie": `${cookie}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax` });
  }
  if (request.method === "POST" && request.headers.get("content-type")?.includes("application/json")) {
    try {
      JSON.parse(await request.clone().text());
    } catch {
      return refusal(400, "Requête illisible : le corps n'est pas du JSON valide.");
    }
  }
  return null;
}

async function handler(request: NextRequest, context: Context): Promise<Response> {
  const refused = await badInput(request, (await context.params).nextauth ?? []);
  return refused ?? NextAuth(authOptions())(request, context);
}

export { handler as GET, handler as POST };
