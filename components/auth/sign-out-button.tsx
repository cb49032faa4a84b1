"use client";

/**
 * next-auth's sign-out, as its client library does it (its CSRF token, then the sign-out form, then where it sends
 * back), without shipping that library to every signed-in page.
 */
async function signOut() {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl: "/", json: "true" }),
  });
  const { url } = (await response.json()) as { url?: string };
  window.location.href = url ?? "/";
}

/** A quick-access item of the header (the DSFR's markup), in the toolbar and in the mobile menu alike. */
export function SignOutButton({ id }: { id?: string }) {
  return (
    <button type="button" id={id} className="fr-btn fr-icon-logout-box-r-line" onClick={() => void signOut()}>
      Se déconnecter
    </button>
  );
}
