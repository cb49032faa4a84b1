/** The request header in which the proxy passes the address asked for (path and query) to the pages. */
export const REQUESTED_PATH_HEADER = "x-requested-path";

/**
 * Where to go back after signing in: a path of the portal only. Anything that could leave the origin (an absolute
 * URL, a protocol-relative `//host`, a backslash that browsers read as a slash) or loop back into sign-in is refused.
 */
export function safeReturnPath(value: string | null | undefined): string | null {
  if (!value || value.length > 2000) return null;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return null;
  if (/[\u0000-\u001f\u007f]/.test(value)) return null;
  const path = value.split(/[?#]/)[0];
  if (path === "/connexion" || path.startsWith("/api/")) return null;
  return value;
}

/** The sign-in page, asked to come back to `path` afterwards when it is a safe one. */
export function signInPathFor(path: string | null | undefined): string {
  const back = safeReturnPath(path);
  return back && back !== "/" ? `/connexion?callbackUrl=${encodeURIComponent(back)}` : "/connexion";
}
