import type { Metadata } from "next";
import { headers } from "next/headers";
import "./globals.css";
import { SkipLinks } from "@codegouvfr/react-dsfr/SkipLinks";
import { DsfrHead, getHtmlAttributes } from "@/components/layout/dsfr-head";
import { DsfrStart } from "@/components/layout/dsfr-start";
import { ContingentNotice } from "@/components/orders/contingent-notice";
import { FocusMainHeading } from "@/components/layout/focus-main-heading";
import { ScrollableTables } from "@/components/layout/scrollable-tables";
import { SiteBreadcrumb } from "@/components/layout/site-breadcrumb";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";

export const metadata: Metadata = {
  title: { default: "Distrilog-santé", template: "%s – Distrilog-santé" },
  description: "Portail de commande des équipements de protection individuelle (EPI) des établissements de santé et médico-sociaux.",
};

const LANG = "fr";

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The proxy's per-request nonce: the DSFR's scripts carry it, as Next's own do.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html {...getHtmlAttributes({ lang: LANG })}>
      <head>
        <DsfrHead nonce={nonce} doDisableFavicon preloadFonts={["Marianne-Regular", "Marianne-Medium", "Marianne-Bold"]} />
      </head>
      <body>
        <SkipLinks
          links={[
            { label: "Contenu", anchor: "#contenu" },
            { label: "Pied de page", anchor: "#pied-de-page" },
          ]}
        />
        <SiteHeader />
        <main id="contenu" tabIndex={-1} className="fr-container fr-pt-2w fr-pb-6w">
          <SiteBreadcrumb />
          {children}
        </main>
        <SiteFooter />
        <ContingentNotice />
        <FocusMainHeading />
        <ScrollableTables />
        <DsfrStart />
      </body>
    </html>
  );
}
