"use client";

import { HeaderQuickAccessItem } from "@codegouvfr/react-dsfr/Header";
import { signOut } from "next-auth/react";

/** A quick-access item of the header, in the toolbar and in the mobile menu alike. */
export function SignOutButton() {
  return (
    <HeaderQuickAccessItem
      quickAccessItem={{ iconId: "fr-icon-logout-box-r-line", text: "Se déconnecter", buttonProps: { type: "button", onClick: () => signOut({ callbackUrl: "/" }) } }}
    />
  );
}
