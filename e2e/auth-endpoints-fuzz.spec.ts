/**
 * Fuzzing next-auth's endpoints (/api/auth/*) over HTTP, on the production build: any endpoint, method, query, cookie
 * and body — never a 500, never next-auth's or Next's English, never a redirect out of the portal and its identity
 * provider. Fixed seed (FUZZ_SEED), bounded runs; sent from a loopback address of its own, so that the sign-in limit
 * it runs into is not the rest of the suite's.
 */
import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { FUZZ_SEED, nastyString } from "../tests/support/fuzz-inputs";
import { requestFrom } from "./loopback-client";
import { E2E_APP_URL, E2E_IDP_PORT } from "./ports";

const RUNS = Number(process.env.FUZZ_RUNS ?? 80);
const FROM = "127.0.0.91";

const ENGLISH = /NextAuth|not supported|There is a problem|server configuration|Internal Server Error|Application error|This page could not|Invalid Server Action|Sign (in|out) with/;
const ALLOWED_HOSTS = new Set([new URL(E2E_APP_URL).host, `localhost:${E2E_IDP_PORT}`]);

const ENDPOINTS = ["providers", "session", "csrf", "signin", "signin/atih", "signin/inconnu", "callback/atih", "callback/inconnu", "signout", "error", "verify-request", "_log", "", "nimporte-quoi", "session/x"];
const KEYS = ["callbackUrl", "error", "code", "state", "iss", "csrfToken", "json", "redirect"];
const COOKIES = ["next-auth.callback-url", "next-auth.csrf-token", "next-auth.session-token", "next-auth.state", "next-auth.pkce.code_verifier", "next-auth.nonce"];

const value = fc.oneof(
  { arbitrary: nastyString, weight: 2 },
  fc.constantFrom("http://a:b", "//evil.example/", "https://evil.example/accueil", "javascript:alert(1)", "/accueil", "%", "%%", "true", "OAuthCallback", ""),
);
/** A cookie value a client can send (no separator, no control character). */
const cookieValue = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9%._:/=|-]{0,120}$/),
  fc.constantFrom("http%3A%2F%2Fa%3Ab", "http://a:b", "%E0%A4%A", "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..x.y.z"),
);
const body = fc.oneof(
  fc.constant(undefined),
  fc.array(fc.tuple(fc.constantFrom(...KEYS), value), { maxLength: 4 }).map((pairs) => ({ type: "application/x-www-form-urlencoded", text: new URLSearchParams(pairs).toString() })),
  nastyString.map((text) => ({ type: "application/json", text })),
  nastyString.map((text) => ({ type: "multipart/form-data; boundary=XYZ", text: `--XYZ\r\nContent-Disposition: form-data; name="csrfToken"\r\n\r\n${text}` })),
  fc.constant({ type: "application/x-www-form-urlencoded", text: `callbackUrl=${"a".repeat(2_000_000)}` }),
);

const NODE_MAX_HEADER_BYTES = 16 * 1024;

function headerBytes(path: string, headers: Record<string, string>): number {
  return Buffer.byteLength(path) + Object.entries(headers).reduce((sum, [name, v]) => sum + name.length + Buffer.byteLength(v), 0);
}

const hostileRequest = fc.record({
  endpoint: fc.constantFrom(...ENDPOINTS),
  method: fc.constantFrom("GET", "POST"),
  query: fc.array(fc.tuple(fc.constantFrom(...KEYS), value), { maxLength: 4 }),
  cookies: fc.array(fc.tuple(fc.constantFrom(...COOKIES), cookieValue), { maxLength: 3 }),
  body,
});

test(`/api/auth/*: ${RUNS} arbitrary requests, each answered below 500, in French, inside the portal`, async () => {
  test.setTimeout(180_000);
  await fc.assert(
    fc.asyncProperty(hostileRequest, async ({ endpoint, method, query, cookies, body }) => {
      const path = `/api/auth/${endpoint}?${new URLSearchParams(query)}`;
      const headers: Record<string, string> = {};
      if (cookies.length) headers.cookie = cookies.map(([name, v]) => `${name}=${v}`).join("; ");
      const sent = method === "POST" && body ? Buffer.from(body.text) : undefined;
      if (sent) headers["content-type"] = body!.type;
      const where = `${method} ${path.slice(0, 200)} ${JSON.stringify(cookies).slice(0, 200)}`;
      const response = await requestFrom(FROM, `${E2E_APP_URL}${path}`, { method, headers, body: sent }).catch((error: NodeJS.ErrnoException) => {
        // Node's HTTP parser refuses a request line and headers over 16 KiB with a bare 431 and closes the connection
        // before the app sees anything; the reset can reach the client before the 431 does.
        if (headerBytes(path, headers) > NODE_MAX_HEADER_BYTES && (error.code === "ECONNRESET" || error.code === "EPIPE")) return null;
        throw error;
      });
      if (response === null) return;
      expect(response.status, where).toBeLessThan(500);
      expect(response.text.slice(0, 5_000), where).not.toMatch(ENGLISH);
      const location = response.headers.location;
      if (typeof location === "string") expect(ALLOWED_HOSTS.has(new URL(location, E2E_APP_URL).host), `${where} → ${location}`).toBe(true);
    }),
    { seed: FUZZ_SEED, numRuns: RUNS, endOnFailure: true },
  );
});
