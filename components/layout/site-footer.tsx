import Link from "next/link";
import { ATIH_SUPPORT_EMAIL, HELPLINE } from "@/components/contact/support-channels";

const HELP_LINKS = [
  { href: "/faq", label: "Foire aux questions" },
  { href: "/aide", label: "Aide et assistance" },
  { href: "/contact", label: "Contactez-nous" },
];

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
              Distrilog-santé est le portail de commande d&apos;EPI du ministère chargé de la santé. Assistance :{" "}
              <a href={HELPLINE.href}>{HELPLINE.display}</a> ({HELPLINE.hours}) ; identité PLAGE :{" "}
              <a href={`mailto:${ATIH_SUPPORT_EMAIL}`}>{ATIH_SUPPORT_EMAIL}</a>.
            </p>
          </div>
        </div>
        <div className="fr-footer__bottom">
          <ul className="fr-footer__bottom-list">
            <li className="fr-footer__bottom-item">
              <span className="fr-footer__bottom-link">Accessibilité : partiellement conforme</span>
            </li>
            {HELP_LINKS.map(({ href, label }) => (
              <li key={href} className="fr-footer__bottom-item">
                <Link className="fr-footer__bottom-link" href={href}>
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </footer>
  );
}
