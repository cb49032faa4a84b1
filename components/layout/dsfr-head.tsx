import { createGetHtmlAttributes, DsfrHeadBase, type DsfrHeadProps } from "@codegouvfr/react-dsfr/next-app-router/server-only-index";
import Link from "next/link";

/** The light scheme only: the portal offers no display settings, so no colour-scheme script runs before paint. */
export const { getHtmlAttributes } = createGetHtmlAttributes({ defaultColorScheme: "light" });

/** The DSFR's stylesheet and icons, Marianne preloaded, the state's favicons; scripts carry the request's nonce. */
export function DsfrHead(props: Omit<DsfrHeadProps, "Link">) {
  return <DsfrHeadBase Link={Link} {...props} />;
}
