import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, SECURITY_HEADERS } from "@/lib/security/csp";
import { RateLimiter } from "@/lib/security/rate-limiter";
import { requestIdFrom } from "@/lib/security/request-id";

/** Sign-in starts and returns from ATIH, per client address: a person signs in a few times a day. */
const signInAttempts = new RateLimiter(60, 60_000);
const SIGN_IN_PATHS = /^\/api\/auth\/(signin|callback)\//;

/** The address our reverse proxy saw: the last X-Forwarded-For entry (earlier ones are the client's to forge). */
function clientAddress(request: NextRequest): string {
  return request.headers.get("x-forwarded-for")?.split(",").at(-1)?.trim() || "local";
}

/** A fresh CSP nonce per request: Next reads it from the request's CSP header and puts it on its scripts. */
export function proxy(request: NextRequest) {
  // One id per request, kept from the front proxy when well formed: the app's logs carry it, the response returns it.
  const requestId = requestIdFrom(request.headers.get("x-request-id"));
  if (SIGN_IN_PATHS.test(request.nextUrl.pathname) && !signInAttempts.hit(clientAddress(request))) {
    const retryAfter = String(signInAttempts.retryAfterSeconds(clientAddress(request)));
    return new NextResponse("Trop de tentatives de connexion depuis cette adresse : réessayez dans une minute.", {
      status: 429,
      headers: { "Retry-After": retryAfter, "Content-Type": "text/plain; charset=utf-8", "X-Request-Id": requestId, ...SECURITY_HEADERS },
    });
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  requestHeaders.set("x-request-id", requestId);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  response.headers.set("X-Request-Id", requestId);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Static files carry the headers of next.config.ts; pages, actions and route handlers get the nonce.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
