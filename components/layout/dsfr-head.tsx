import { createGetHtmlAttributes, DsfrHeadBase, type DsfrHeadProps } from "@codegouvfr/react-dsfr/next-app-router/server-only-index";
import Link from "next/link";

/** The light scheme only: the portal offers no display settings, so no colour-scheme script runs before paint. */
export const { getHtmlAttributes } = createGetHtmlAttributes({ defaultColorScheme: "light" });

/** The DSFR's stylesheet and icons, Marianne preloaded; scripts carry the request's nonce. The state's favicons are app/favicon.ico, icon.svg and apple-icon.png (copied from the DSFR), served by Next at their usual addresses. */
export function DsfrHead(props: Omit<DsfrHeadProps, "Link">) {
  return <DsfrHeadBase Link={Link} {...props} />;
}
