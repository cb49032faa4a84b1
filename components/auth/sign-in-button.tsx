"use client";

import { signIn } from "next-auth/react";

export function SignInButton() {
  return (
    <button type="button" className="fr-btn fr-btn--lg" onClick={() => signIn("atih", { callbackUrl: "/accueil" })}>
      Se connecter avec mon compte ATIH (PLAGE)
    </button>
  );
}
