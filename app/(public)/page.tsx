import Link from "next/link";

export default function LandingPage() {
  return (
    <>
      <h1>Commander des équipements de protection individuelle</h1>
      <p className="fr-text--lead">
        Distrilog-santé permet aux établissements de santé et médico-sociaux de commander masques, gants, blouses,
        tabliers, charlottes et lunettes de protection.
      </p>
      <div className="fr-grid-row fr-grid-row--gutters fr-mb-6w">
        <div className="fr-col-12 fr-col-md-6">
          <div className="fr-callout">
            <h2 className="fr-callout__title">En période de tension</h2>
            <p className="fr-callout__text">
              Les EPI des catégories en tension sont fournis gratuitement par le stock de l&apos;État, dans la limite
              d&apos;un contingent hebdomadaire par établissement.
            </p>
          </div>
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <div className="fr-callout">
            <h2 className="fr-callout__title">Hors tension</h2>
            <p className="fr-callout__text">
              Les établissements achètent auprès du groupement RESAH – UniHA, aux prix négociés du marché national.
            </p>
          </div>
        </div>
      </div>
      <h2>Qui peut se connecter ?</h2>
      <ul>
        <li>les établissements dont la catégorie FINESS figure dans la liste des catégories éligibles ;</li>
        <li>avec le bon numéro FINESS : géographique (ET) pour le privé et le public mono-site, juridique (EJ) pour le public multi-sites ;</li>
        <li>un compte PLAGE (ATIH) par adresse électronique, avec le rôle « Opérateur commande EPI » du domaine « Distrilog-santé ».</li>
      </ul>
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Link className="fr-btn" href="/connexion">
            Se connecter
          </Link>
        </li>
        <li>
          <Link className="fr-btn fr-btn--secondary" href="/faq">
            Consulter la FAQ
          </Link>
        </li>
      </ul>
    </>
  );
}
