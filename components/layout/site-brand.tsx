/** The DSFR bloc-marque's text (République Française) and the service, for the header, the footer and the last-resort error page. */
export const BRAND_TOP = (
  <>
    République
    <br />
    Française
  </>
);

export const HOME_LINK = { href: "/", title: "Accueil – Distrilog-santé" };
