import Link from "next/link";

/** The DSFR bloc-marque (République Française) and the service's name, for the header and the last-resort error page. */
export function SiteBrand() {
  return (
    <div className="fr-header__brand fr-enlarge-link">
      <div className="fr-header__brand-top">
        <div className="fr-header__logo">
          <p className="fr-logo">
            République
            <br />
            Française
          </p>
        </div>
      </div>
      <div className="fr-header__service">
        <Link href="/" title="Accueil – Distrilog-santé">
          <p className="fr-header__service-title">Distrilog-santé</p>
        </Link>
        <p className="fr-header__service-tagline">Commande d&apos;équipements de protection individuelle</p>
      </div>
    </div>
  );
}
