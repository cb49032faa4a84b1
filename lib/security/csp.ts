/**
 * The portal's Content-Security-Policy: scripts only with this response's nonce (Next's own bootstrap and chunks,
 * which 'strict-dynamic' lets load further chunks), everything else from the portal itself, no framing.
 */
export function contentSecurityPolicy(nonce: string, options: { development: boolean }): string {
  // Next's development server evaluates code for fast refresh; production never does.
  return policyWith(`'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`);
}

/**
 * The policy of a public page served from its snapshot (lib/server/static-pages.ts, decision 0023): the same HTML for
 * every visitor, so no nonce; its inline scripts by their hashes, its script files from the portal only.
 */
export function staticPagePolicy(inlineScriptHashes: readonly string[]): string {
  return policyWith(["'self'", ...inlineScriptHashes.map((hash) => `'sha256-${hash}'`)].join(" "));
}

function policyWith(scriptSources: string): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSources}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Headers every response carries, next to the CSP. */
export const SECURITY_HEADERS: Record<string, string> = {
  "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  // The portal uses no camera, microphone, location, sensors, payment or USB: no page (nor a script slipped into one)
  // may ask for them.
  "Permissions-Policy": "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()",
  // A window this portal opens, or that opens it, shares no browsing context with another site (no window.opener).
  "Cross-Origin-Opener-Policy": "same-origin",
};
