"use client";

import { signIn } from "next-auth/react";

/** Signs in with ATIH, then comes back to `callbackUrl` (a path of the portal, checked by the sign-in page). */
export function SignInButton({ callbackUrl }: { callbackUrl: string }) {
  return (
    <button type="button" className="fr-btn fr-btn--lg" onClick={() => signIn("atih", { callbackUrl })}>
      Se connecter avec mon compte ATIH (PLAGE)
    </button>
  );
}
