import "server-only";
import { createHash } from "node:crypto";
import { staticPagePolicy } from "@/lib/security/csp";

/**
 * Public pages that say the same to every visitor without a session (decision 0023): served from a snapshot of their
 * HTML, taken by rendering the page once (a request to this very instance) and refreshed behind the answers once a
 * minute — the FAQ's eligible categories, read from the database, show an admin's change within that minute. A visitor
 * with a session cookie, a client-side navigation or a query string gets the page rendered as always.
 */
export const STATIC_PAGES: ReadonlySet<string> = new Set([
  "/",
  "/faq",
  "/aide",
  "/accessibilite",
  "/mentions-legales",
  "/donnees-personnelles",
  "/gestion-des-cookies",
  "/plan-du-site",
]);

/** Marks the snapshot's own request: the proxy renders it as any other. */
export const SNAPSHOT_REQUEST_HEADER = "x-distrilog-snapshot";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const FRESH_MS = 60_000;
/** Headers of the rendered page the snapshot keeps (caching and content negotiation as Next set them). */
const KEPT_HEADERS = ["content-type", "cache-control", "vary"];

export interface PageSnapshot {
  html: string;
  headers: Record<string, string>;
  policy: string;
  takenAt: number;
}

interface SnapshotState {
  pages: Map<string, PageSnapshot>;
  taking: Map<string, Promise<PageSnapshot | null>>;
}

const state = ((globalThis as unknown as { distrilogStaticPages?: SnapshotState }).distrilogStaticPages ??= { pages: new Map(), taking: new Map() });

/**
 * Whether this request may be answered from a snapshot: a plain anonymous page load of a static public page. Next hides
 * its client-side navigations' marks (the RSC headers, `_rsc`) from the proxy; a browser says what it fetches
 * (Sec-Fetch-Dest): only a document gets the snapshot, a navigation's fetch the page's RSC payload.
 */
export function servesSnapshot(request: { method: string; nextUrl: URL; headers: Headers; cookies: { has(name: string): boolean } }): boolean {
  const destination = request.headers.get("sec-fetch-dest");
  return (
    (request.method === "GET" || request.method === "HEAD") &&
    STATIC_PAGES.has(request.nextUrl.pathname) &&
    request.nextUrl.search === "" &&
    (destination === null || destination === "document") &&
    !request.headers.has(SNAPSHOT_REQUEST_HEADER) &&
    !SESSION_COOKIES.some((name) => request.cookies.has(name))
  );
}

/**
 * A page's HTML without its nonces (the same for everyone now), and the hashes of its inline scripts (Next's payload
 * and bootstrap), which the page's policy allows instead.
 */
export function snapshotOf(renderedHtml: string): { html: string; inlineScriptHashes: string[] } {
  const html = renderedHtml.replace(/ nonce="[^"]*"/g, "");
  const inlineScriptHashes = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((match) => match[1])
    .filter((body) => body.length > 0)
    .map((body) => createHash("sha256").update(body, "utf8").digest("base64"));
  return { html, inlineScriptHashes: [...new Set(inlineScriptHashes)] };
}

async function take(pathname: string, port: string): Promise<PageSnapshot | null> {
  // Loopback on this instance's own port, never the request's Host: a forged Host must not choose what is cached.
  const response = await fetch(`http://127.0.0.1:${port}${pathname}`, { headers: { [SNAPSHOT_REQUEST_HEADER]: "1", accept: "text/html" }, redirect: "manual" });
  const body = await response.text();
  if (response.status !== 200 || !response.headers.get("content-type")?.startsWith("text/html")) return null;
  const { html, inlineScriptHashes } = snapshotOf(body);
  const headers = Object.fromEntries(KEPT_HEADERS.flatMap((name) => (response.headers.has(name) ? [[name, response.headers.get(name)!]] : [])));
  return { html, headers, policy: staticPagePolicy(inlineScriptHashes), takenAt: Date.now() };
}

function refresh(pathname: string, port: string): Promise<PageSnapshot | null> {
  let taking = state.taking.get(pathname);
  if (!taking) {
    taking = take(pathname, port)
      .catch(() => null)
      .then((snapshot) => {
        if (snapshot) state.pages.set(pathname, snapshot);
        return snapshot;
      })
      .finally(() => state.taking.delete(pathname));
    state.taking.set(pathname, taking);
  }
  return taking;
}

/**
 * The snapshot of a static public page: the one in memory (refreshed behind this answer when over a minute old), or
 * one taken now. Null when none can be taken (no port known, the page failing): the caller renders as usual.
 */
export async function pageSnapshot(pathname: string): Promise<PageSnapshot | null> {
  const port = process.env.PORT;
  if (!port) return null;
  const kept = state.pages.get(pathname);
  if (!kept) return refresh(pathname, port);
  if (Date.now() - kept.takenAt > FRESH_MS) void refresh(pathname, port);
  return kept;
}
