import { Footer } from "@codegouvfr/react-dsfr/Footer";
import { ATIH_SUPPORT_EMAIL, HELPLINE } from "@/components/contact/support-channels";
import { BRAND_TOP, HOME_LINK } from "@/components/layout/site-brand";

/**
 * The DSFR footer: the accessibility status (« non conforme »: no RGAA audit yet) linking to its statement, the site
 * map, the legal notices, the help pages, the state's institutional sites and the Etalab licence line.
 */
export function SiteFooter() {
  return (
    <Footer
      id="pied-de-page"
      brandTop={BRAND_TOP}
      homeLinkProps={HOME_LINK}
      accessibility="non compliant"
      accessibilityLinkProps={{ href: "/accessibilite" }}
      websiteMapLinkProps={{ href: "/plan-du-site" }}
      termsLinkProps={{ href: "/mentions-legales" }}
      contentDescription={
        <>
          Distrilog-santé est le portail de commande d&apos;EPI du ministère chargé de la santé. Assistance :{" "}
          <a href={HELPLINE.href}>{HELPLINE.display}</a> ({HELPLINE.hours}) ; identité PLAGE :{" "}
          <a href={`mailto:${ATIH_SUPPORT_EMAIL}`}>{ATIH_SUPPORT_EMAIL}</a>.
        </>
      }
      bottomItems={[
        { text: "Données personnelles", linkProps: { href: "/donnees-personnelles" } },
        { text: "Gestion des cookies", linkProps: { href: "/gestion-des-cookies" } },
        { text: "Foire aux questions", linkProps: { href: "/faq" } },
        { text: "Aide et assistance", linkProps: { href: "/aide" } },
        { text: "Contactez-nous", linkProps: { href: "/contact" } },
      ]}
      domains={["info.gouv.fr", "service-public.gouv.fr", "legifrance.gouv.fr", "data.gouv.fr", "sante.gouv.fr"]}
    />
  );
}
