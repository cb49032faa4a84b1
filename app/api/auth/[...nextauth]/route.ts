import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { sessionRefusals } from "@/lib/domain/session/refusals";
import { isAcceptableCallbackUrl } from "@/lib/security/callback-url";
import { authCookieName, authOptions } from "@/lib/server/auth";
import { env } from "@/lib/server/env";
import { refusalResponse } from "@/lib/server/route-refusal";

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

const BAD_CALLBACK = sessionRefusals.refusal("CALLBACK_URL_INVALID");

/** What next-auth would stop on with an English 500: checked here first, and answered in French. */
async function badInput(request: NextRequest, segments: string[]): Promise<Response | null> {
  if (!knownEndpoint(request.method, segments)) return refusalResponse(404, sessionRefusals.refusal("AUTH_ENDPOINT_UNKNOWN"));
  const base = env().NEXTAUTH_URL;
  const callbackUrl = request.nextUrl.searchParams.get("callbackUrl");
  if (callbackUrl !== null && !isAcceptableCallbackUrl(callbackUrl, base)) return refusalResponse(400, BAD_CALLBACK);
  const cookie = authCookieName("callback-url");
  const callbackCookie = request.cookies.get(cookie)?.value;
  if (callbackCookie !== undefined && !isAcceptableCallbackUrl(callbackCookie, base)) {
    // The browser forgets the bad cookie, so that the next attempt goes through.
    return refusalResponse(400, BAD_CALLBACK, { "Set-Cookie": `${cookie}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax` });
  }
  if (request.method === "POST" && request.headers.get("content-type")?.includes("application/json")) {
    try {
      JSON.parse(await request.clone().text());
    } catch {
      return refusalResponse(400, sessionRefusals.refusal("AUTH_BODY_UNREADABLE"));
    }
  }
  return null;
}

async function handler(request: NextRequest, context: Context): Promise<Response> {
  const refused = await badInput(request, (await context.params).nextauth ?? []);
  return refused ?? NextAuth(authOptions())(request, context);
}

export { handler as GET, handler as POST };
