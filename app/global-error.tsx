"use client";

import "@codegouvfr/react-dsfr/dsfr/dsfr.min.css";
import "./globals.css";
import { UnexpectedError } from "@/components/layout/unexpected-error";
import { HeaderBrand } from "@/components/layout/site-brand";

/** The DSFR header's brand block only: this page ships in every page's JavaScript, react-dsfr would weigh on all. */
function BrandHeader() {
  return (
    <header role="banner" className="fr-header">
      <div className="fr-header__body">
        <div className="fr-container">
          <div className="fr-header__body-row">
            <HeaderBrand plainLinks />
          </div>
        </div>
      </div>
    </header>
  );
}

/**
 * When the root layout itself fails (its header reads the session: the database down, say), this page replaces it —
 * its own <html>, the DSFR's stylesheet and header (plain links), so the user still reads a French page of the State.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="fr" data-fr-scheme="light">
      <head>
        <title>Erreur inattendue – Distrilog-santé</title>
      </head>
      <body>
        <BrandHeader />
        <main id="contenu" tabIndex={-1} className="fr-container fr-py-6w">
          <UnexpectedError
            digest={error.digest}
            reset={reset}
            lead="Désolé, le service rencontre un problème : le portail n'a pas pu afficher cette page."
          />
        </main>
      </body>
    </html>
  );
}
