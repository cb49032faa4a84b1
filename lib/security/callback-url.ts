/**
 * Where next-auth may send the browser after signing in or out. Only into the portal: an address elsewhere (or one
 * that is not an address) sends back to the portal's home, and nothing here ever throws on what a client sent.
 */

function parse(url: string, base?: string | URL): URL | null {
  try {
    return new URL(url, base);
  } catch {
    return null;
  }
}

/**
 * Longer than any address of the portal. next-auth echoes the address into a cookie and a Location header: a longer
 * one would make response headers no client can read (and a cookie browsers drop).
 */
const MAX_LENGTH = 2_000;

/** The address to redirect to: `url` when it is in the portal (relative or same origin), else the portal's home. */
export function sameOriginRedirect(url: string, baseUrl: string): string {
  if (url.length > MAX_LENGTH) return baseUrl;
  const base = parse(baseUrl);
  const target = base && parse(url, base);
  return base && target && target.origin === base.origin ? target.href : baseUrl;
}

/**
 * Whether next-auth will accept this callback address (query parameter or cookie) rather than stop with an English
 * 500 "server configuration" error: next-auth's own rule — an http(s) URL, absolute or starting with "/".
 */
export function isAcceptableCallbackUrl(url: string, baseUrl: string): boolean {
  const target = parse(url, url.startsWith("/") ? baseUrl : undefined);
  return target !== null && /^https?:$/.test(target.protocol);
}
