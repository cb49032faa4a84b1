"use client";

import "@codegouvfr/react-dsfr/dsfr/dsfr.min.css";
import { Header } from "@codegouvfr/react-dsfr/Header";
import "./globals.css";
import { UnexpectedError } from "@/components/layout/unexpected-error";
import { BRAND_TOP, HOME_LINK } from "@/components/layout/site-brand";

/**
 * When the root layout itself fails (its header reads the session: the database down, say), this page replaces it —
 * its own <html>, the DSFR's stylesheet and header (outside the DSFR provider: plain links), so the user still reads a French page of the State.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="fr" data-fr-scheme="light">
      <head>
        <title>Erreur inattendue – Distrilog-santé</title>
      </head>
      <body>
        <Header
          brandTop={BRAND_TOP}
          homeLinkProps={HOME_LINK}
          serviceTitle="Distrilog-santé"
        />
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
