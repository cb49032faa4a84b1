import { NextResponse, type NextRequest } from "next/server";
import { REQUESTED_PATH_HEADER } from "@/lib/domain/navigation/return-path";
import { actionRequestRefusal } from "@/lib/security/action-request";
import { contentSecurityPolicy, SECURITY_HEADERS } from "@/lib/security/csp";
import { requestIdFrom } from "@/lib/security/request-id";
import { consumeLimit } from "@/lib/server/rate-limits";
import { requestClientAddress } from "@/lib/server/request-address";
import { pageSnapshot, servesSnapshot } from "@/lib/server/static-pages";

/** Sign-in starts and returns from ATIH: limited per client address, for every instance at once. */
const SIGN_IN_PATHS = /^\/api\/auth\/(signin|callback)\//;

/** A refusal in French, as plain text, with the headers every response carries. */
function refusal(status: number, message: string, requestId: string, headers: Record<string, string> = {}): NextResponse {
  return new NextResponse(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Request-Id": requestId, ...SECURITY_HEADERS, ...headers },
  });
}

/**
 * Every request but static files: refuses what Next would fail on (a malformed or over-sized server action request),
 * limits sign-in per client address, answers an anonymous visitor's static public page from its snapshot (no
 * rendering, decision 0023), and gives any other page a fresh CSP nonce — Next reads it from the request's CSP header
 * and puts it on its scripts.
 */
export async function proxy(request: NextRequest) {
  // One id per request, kept from the front proxy when well formed: the app's logs carry it, the response returns it.
  const requestId = requestIdFrom(request.headers.get("x-request-id"));
  const refused = await actionRequestRefusal(request);
  if (refused) return refusal(refused.status, refused.message, requestId, { "X-Refusal-Code": refused.code });
  if (SIGN_IN_PATHS.test(request.nextUrl.pathname)) {
    const decision = await consumeLimit("signIn", requestClientAddress(request.headers));
    if (!decision.allowed) return refusal(429, decision.refusal.message, requestId, { "Retry-After": String(decision.retryAfterSeconds), "X-Refusal-Code": decision.refusal.code });
  }
  if (servesSnapshot(request)) {
    const snapshot = await pageSnapshot(request.nextUrl.pathname);
    if (snapshot) {
      return new NextResponse(request.method === "HEAD" ? null : snapshot.html, {
        headers: { ...snapshot.headers, "Content-Security-Policy": snapshot.policy, "X-Request-Id": requestId, ...SECURITY_HEADERS },
      });
    }
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  requestHeaders.set("x-request-id", requestId);
  // Pages cannot see their own address; a signed-out visitor is sent to sign in and back to it.
  requestHeaders.set(REQUESTED_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  response.headers.set("X-Request-Id", requestId);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Static files carry the headers of next.config.ts; pages, actions and route handlers get the nonce.
  // The FINESS upload streams a file of up to 1 Go: through the proxy, Next would copy its body in memory.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|api/admin/imports-finess).*)" }],
};
