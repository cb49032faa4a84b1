import Link from "next/link";

/** The DSFR bloc-marque's text (République Française) and the service, for the header, the footer and the last-resort error page. */
export const BRAND_TOP = (
  <>
    République
    <br />
    Française
  </>
);

export const HOME_LINK = { href: "/", title: "Accueil – Distrilog-santé" };

/**
 * The DSFR header's brand block (République Française, the service and its tagline), as plain markup for the header
 * of every page and for the last-resort error page (plain links there: the app's router may be what failed).
 */
export function HeaderBrand({ navbar, tagline, plainLinks = false }: { navbar?: React.ReactNode; tagline?: string; plainLinks?: boolean }) {
  const HomeLink = plainLinks ? "a" : Link;
  return (
    <div className="fr-header__brand fr-enlarge-link">
      <div className="fr-header__brand-top">
        <div className="fr-header__logo">
          <p className="fr-logo">{BRAND_TOP}</p>
        </div>
        {navbar}
      </div>
      <div className="fr-header__service">
        <HomeLink href={HOME_LINK.href} title={HOME_LINK.title}>
          <p className="fr-header__service-title">Distrilog-santé</p>
        </HomeLink>
        {tagline && <p className="fr-header__service-tagline">{tagline}</p>}
      </div>
    </div>
  );
}
