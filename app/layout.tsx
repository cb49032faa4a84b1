import type { Metadata } from "next";
import "@gouvfr/dsfr/dist/dsfr.min.css";
import "./globals.css";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";

export const metadata: Metadata = {
  title: { default: "Distrilog-santé", template: "%s – Distrilog-santé" },
  description: "Portail de commande des équipements de protection individuelle (EPI) des établissements de santé et médico-sociaux.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="fr" data-fr-scheme="light">
      <body>
        <div className="fr-skiplinks">
          <nav className="fr-container" role="navigation" aria-label="Accès rapide">
            <ul className="fr-skiplinks__list">
              <li>
                <a className="fr-link" href="#contenu">Contenu</a>
              </li>
              <li>
                <a className="fr-link" href="#pied-de-page">Pied de page</a>
              </li>
            </ul>
          </nav>
        </div>
        <SiteHeader />
        <main id="contenu" tabIndex={-1} className="fr-container fr-py-6w">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
