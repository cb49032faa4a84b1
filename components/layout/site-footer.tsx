import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="fr-footer" role="contentinfo" id="pied-de-page">
      <div className="fr-container">
        <div className="fr-footer__body">
          <div className="fr-footer__brand fr-enlarge-link">
            <Link href="/" title="Retour à l'accueil du site – Distrilog-santé">
              <p className="fr-logo">
                République
                <br />
                Française
              </p>
            </Link>
          </div>
          <div className="fr-footer__content">
            <p className="fr-footer__content-desc">
              Distrilog-santé est le portail de commande d&apos;EPI du ministère chargé de la santé. Assistance : 09 70 82 18 65
              (8h30–18h) ; identité PLAGE : support@atih.sante.fr.
            </p>
          </div>
        </div>
        <div className="fr-footer__bottom">
          <ul className="fr-footer__bottom-list">
            <li className="fr-footer__bottom-item">
              <span className="fr-footer__bottom-link">Accessibilité : partiellement conforme</span>
            </li>
            <li className="fr-footer__bottom-item">
              <Link className="fr-footer__bottom-link" href="/faq">
                Foire aux questions
              </Link>
            </li>
          </ul>
        </div>
      </div>
    </footer>
  );
}
