import type { Metadata } from "next";
import { requireUserId } from "@/lib/server/auth";
import { getUserWithEstablishment } from "@/lib/server/repositories/users";

export const metadata: Metadata = { title: "Mon espace" };

export default async function HomePage() {
  const found = await getUserWithEstablishment(await requireUserId());
  if (!found) return <p>Compte introuvable : reconnectez-vous.</p>;
  const { user, establishment, legalEntity } = found;
  const fullName = [user.givenName, user.familyName].filter(Boolean).join(" ") || user.email;
  return (
    <>
      <h1>Bonjour {fullName}</h1>
      <div className="fr-card fr-card--no-arrow fr-mb-4w">
        <div className="fr-card__body">
          <div className="fr-card__content">
            <h2 className="fr-card__title">Mon établissement</h2>
            {establishment ? (
              <dl className="fr-card__desc">
                <dt className="fr-text--bold">Raison sociale</dt>
                <dd data-testid="establishment-name">{establishment.name}</dd>
                <dt className="fr-text--bold">FINESS géographique</dt>
                <dd>{establishment.finess}</dd>
                <dt className="fr-text--bold">Catégorie</dt>
                <dd>
                  {establishment.category.code} – {establishment.category.label}
                </dd>
              </dl>
            ) : legalEntity ? (
              <dl className="fr-card__desc">
                <dt className="fr-text--bold">Entité juridique</dt>
                <dd data-testid="establishment-name">{legalEntity.name}</dd>
                <dt className="fr-text--bold">FINESS juridique</dt>
                <dd>{legalEntity.finess}</dd>
              </dl>
            ) : (
              <p className="fr-card__desc">
                Le FINESS {user.boundFiness ?? "de votre profil"} est absent du référentiel du portail.
              </p>
            )}
          </div>
        </div>
      </div>
    </>
  );
}
