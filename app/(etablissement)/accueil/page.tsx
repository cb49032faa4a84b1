import type { Metadata } from "next";
import Link from "next/link";
import { QuotaTable } from "@/components/orders/quota-table";
import { TensionBanner } from "@/components/orders/tension-banner";
import { StockHomeSection } from "@/components/stock/stock-home-section";
import { PLAGE_ROLE_LABELS } from "@/lib/domain/identity/plage-roles";
import { REGIONS } from "@/lib/domain/referential/regions";
import { requireActiveUser } from "@/lib/server/guards";
import { orderableProducts } from "@/lib/server/orders/orderable-products";
import { quotaOverview } from "@/lib/server/orders/quota-overview";
import { getEstablishmentSummary } from "@/lib/server/repositories/establishments";

export const metadata: Metadata = { title: "Mon espace" };

export default async function HomePage() {
  const { user, profile, ignoredProfiles, decision } = await requireActiveUser();
  const fullName = [user.givenName, user.familyName].filter(Boolean).join(" ") || user.email;
  const establishment = decision.audience === "establishment" && profile ? await getEstablishmentSummary(profile.finess) : null;
  const region = REGIONS.find((r) => r.code === user.regionCode);
  const ordering = establishment ? await quotaOverview(establishment.finess, new Date()) : null;
  const contingented = ordering ? (await orderableProducts(ordering.quotas)).stateStock : [];
  return (
    <>
      {ordering && <TensionBanner categoriesInTension={ordering.quotas.filter((q) => q.inTension).map((q) => q.name.toLowerCase())} />}
      <h1>Bonjour {fullName}</h1>
      {contingented.length > 0 && (
        <div className="fr-alert fr-alert--warning fr-mb-4w" data-testid="contingented-products">
          <h2 className="fr-alert__title">Produits contingentés cette semaine</h2>
          <ul>
            {contingented.map((product) => (
              <li key={product.id}>{product.name}</li>
            ))}
          </ul>
        </div>
      )}
      {ignoredProfiles.length > 0 && (
        <div className="fr-alert fr-alert--info fr-mb-4w" data-testid="ignored-profiles">
          <h2 className="fr-alert__title">Un seul profil par adresse électronique</h2>
          <p>
            Votre compte PLAGE porte aussi {ignoredProfiles.length > 1 ? "les profils" : "le profil"} FINESS{" "}
            {ignoredProfiles.map((p) => p.finess).join(", ")}. Avec cette adresse, vous n&apos;accédez qu&apos;au FINESS{" "}
            {profile?.finess}, enregistré en premier : chaque FINESS a besoin de sa propre adresse électronique.{" "}
            <Link href="/faq#profil-unique">En savoir plus</Link>
          </p>
        </div>
      )}
      {establishment && (
        <div className="fr-card fr-card--no-arrow fr-mb-4w">
          <div className="fr-card__body">
            <div className="fr-card__content">
              <h2 className="fr-card__title">Mon établissement</h2>
              <dl className="fr-card__desc">
                <dt className="fr-text--bold">Raison sociale</dt>
                <dd data-testid="establishment-name">{establishment.name}</dd>
                <dt className="fr-text--bold">{establishment.kind === "ET" ? "FINESS géographique" : "FINESS juridique"}</dt>
                <dd>{establishment.finess}</dd>
                {establishment.category && (
                  <>
                    <dt className="fr-text--bold">Catégorie</dt>
                    <dd>
                      {establishment.category.code} – {establishment.category.label}
                    </dd>
                  </>
                )}
                {establishment.sites.length > 0 && (
                  <>
                    <dt className="fr-text--bold">Sites</dt>
                    <dd>{establishment.sites.map((s) => `${s.name} (${s.finess})`).join(" ; ")}</dd>
                  </>
                )}
              </dl>
              <p className="fr-mt-2w">
                <Link href="/ape">Rôle d&apos;administrateur principal de l&apos;établissement (APE)</Link>
              </p>
            </div>
          </div>
        </div>
      )}
      {ordering && (
        <>
          <ul className="fr-btns-group fr-btns-group--inline-md fr-mb-4w">
            <li>
              <Link className="fr-btn" href="/commandes/nouvelle">
                Commander des EPI
              </Link>
            </li>
            <li>
              <Link className="fr-btn fr-btn--secondary" href="/commandes">
                Mes commandes
              </Link>
            </li>
          </ul>
          <QuotaTable quotas={ordering.quotas} week={ordering.week.key} />
        </>
      )}
      <StockHomeSection establishmentFiness={establishment?.finess ?? null} roles={user.roles} />
      {decision.audience === "staff" && (
        <div className="fr-card fr-card--no-arrow fr-mb-4w">
          <div className="fr-card__body">
            <div className="fr-card__content">
              <h2 className="fr-card__title">Mes rôles</h2>
              <ul className="fr-card__desc" data-testid="staff-roles">
                {user.roles.map((role) => (
                  <li key={role}>
                    {PLAGE_ROLE_LABELS[role]}
                    {role === "ARS" && region ? ` – ${region.name}` : ""}
                  </li>
                ))}
              </ul>
              {user.roles.includes("NATIONAL_ADMIN") && (
                <p className="fr-mt-2w">
                  <Link href="/admin/categories">Gérer la liste des catégories éligibles</Link>
                </p>
              )}
              {user.roles.includes("LOGISTICS") && (
                <p className="fr-mt-2w">
                  <Link href="/logistique">Préparer et expédier les commandes de la semaine</Link>
                </p>
              )}
              {user.roles.includes("ARS") && (
                <ul className="fr-mt-2w" data-testid="ars-links">
                  <li>
                    <Link href="/tableau-de-bord">Tableau de bord de la région</Link>
                  </li>
                  <li>
                    <Link href="/demandes-ape">Demandes de rôle APE à traiter</Link>
                  </li>
                  <li>
                    <Link href="/depannages">Dépannages urgents</Link>
                  </li>
                </ul>
              )}
              {user.roles.includes("NATIONAL_ADMIN") && (
                <p className="fr-mt-2w">
                  <Link href="/tableau-de-bord">Tableau de bord national</Link>
                </p>
              )}
              {user.roles.includes("CRISIS_CENTER") && (
                <p className="fr-mt-2w">
                  <Link href="/centre-de-crise">Dépannages urgents à décider</Link>
                </p>
              )}
            </div>
          </div>
        </div>
      )}
    </>
  );
}
