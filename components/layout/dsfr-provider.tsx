"use client";

import { DsfrProviderBase, StartDsfrOnHydration, type DsfrProviderProps } from "@codegouvfr/react-dsfr/next-app-router";
import Link from "next/link";

declare module "@codegouvfr/react-dsfr/next-app-router" {
  interface RegisterLink {
    Link: typeof Link;
  }
}

/** The DSFR's JavaScript (menus, modals, collapses) started on hydration; its links are Next's client-side links. */
export function DsfrProvider(props: Omit<DsfrProviderProps, "Link" | "defaultColorScheme">) {
  return <DsfrProviderBase {...props} Link={Link} defaultColorScheme="light" />;
}

export { StartDsfrOnHydration };
