import type { Metadata } from "next";
import { inSentence } from "@/lib/domain/wording/french";
import Link from "next/link";
import { QuotaTable } from "@/components/orders/quota-table";
import { TensionBanner } from "@/components/orders/tension-banner";
import { StockHomeSection } from "@/components/stock/stock-home-section";
import { PLAGE_ROLE_LABELS } from "@/lib/domain/identity/plage-roles";
import { can, ROLES, type Capability } from "@/lib/domain/permissions/permissions";
import { REGIONS } from "@/lib/domain/referential/regions";
import { requireActiveUser } from "@/lib/server/guards";
import { orderingContext } from "@/lib/server/orders/ordering-context";
import { getEstablishmentSummary } from "@/lib/server/repositories/establishments";

export const metadata: Metadata = { title: "Mon espace" };

/** The pages of state agents, each shown to whoever holds its capability. */
const STAFF_LINKS: Array<{ need: Capability; href: string; label: string }> = [
  { need: "categories.manage", href: "/admin/categories", label: "Gérer la liste des catégories éligibles" },
  { need: "order.advance", href: "/logistique", label: "Préparer et expédier les commandes de la semaine" },
  { need: "dashboard.region.read", href: "/tableau-de-bord", label: "Tableau de bord de la région" },
  { need: "ape.decide", href: "/demandes-ape", label: "Demandes de rôle APE à traiter" },
  { need: "emergency.file", href: "/depannages", label: "Dépannages urgents" },
  { need: "dashboard.national.read", href: "/tableau-de-bord", label: "Tableau de bord national" },
  { need: "emergency.decide", href: "/centre-de-crise", label: "Dépannages urgents à décider" },
];

export default async function HomePage() {
  const { user, profile, ignoredProfiles, decision } = await requireActiveUser();
  const fullName = [user.givenName, user.familyName].filter(Boolean).join(" ") || user.email;
  const account = decision.audience === "establishment" && profile ? profile.finess : null;
  // Read side by side; the ordering part only counts for a FINESS the register knows.
  const [establishment, accountOrdering] = account ? await Promise.all([getEstablishmentSummary(account), orderingContext(account)]) : [null, null];
  const ordering = establishment ? accountOrdering : null;
  const region = REGIONS.find((r) => r.code === user.regionCode);
  const contingented = ordering ? ordering.products.filter((p) => p.inTension) : [];
  return (
    <>
      {ordering && <TensionBanner categoriesInTension={ordering.quotas.filter((q) => q.inTension).map((q) => inSentence(q.name))} />}
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
            {profile?.finess}, choisi à votre inscription : chaque FINESS a besoin de sa propre adresse électronique.{" "}
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
              <div className="fr-card__end">
                <p>
                  <Link href="/ape">Rôle d&apos;administrateur principal de l&apos;établissement (APE)</Link>
                </p>
                {can(user, "delivery-contact.edit") && (
                  <p>
                    <Link href="/contact-livraison">Contact et horaires de réception des livraisons</Link>
                  </p>
                )}
              </div>
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
                    {ROLES[role].regional && region ? ` – ${region.name}` : ""}
                  </li>
                ))}
              </ul>
              <ul className="fr-mt-2w" data-testid="staff-links">
                {STAFF_LINKS.filter((link) => can(user, link.need)).map((link) => (
                  <li key={link.href}>
                    <Link href={link.href}>{link.label}</Link>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        </div>
      )}
    </>
  );
}
