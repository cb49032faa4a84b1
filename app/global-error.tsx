"use client";

import "@gouvfr/dsfr/dist/dsfr.min.css";
import "./globals.css";
import { SiteBrand } from "@/components/layout/site-brand";
import { UnexpectedError } from "@/components/layout/unexpected-error";

/**
 * When the root layout itself fails (its header reads the session: the database down, say), this page replaces it —
 * its own <html>, the DSFR and the bloc-marque, so the user still reads a French page of the State.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="fr" data-fr-scheme="light">
      <head>
        <title>Erreur inattendue – Distrilog-santé</title>
      </head>
      <body>
        <header role="banner" className="fr-header">
          <div className="fr-header__body">
            <div className="fr-container">
              <div className="fr-header__body-row">
                <SiteBrand />
              </div>
            </div>
          </div>
        </header>
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
