import type { Metadata } from "next";
import { AccessDenied } from "@/components/access/access-denied";
import { countOf, formatCount, formatDateTime } from "@/lib/domain/wording/french";
import { RevisionDecision } from "@/components/quota-revision/revision-decision";
import { RevisionHistory } from "@/components/quota-revision/revision-history";
import { shiftWeek } from "@/lib/domain/time/paris-time";
import { REGIONS } from "@/lib/domain/referential/regions";
import { productCategories } from "@/lib/server/catalogue/queries";
import { actorWith } from "@/lib/server/guards";
import { accountQuotasInWeek, revisionsOfRegion } from "@/lib/server/quota-revision/revisions";

export const metadata: Metadata = { title: "Révisions de contingent" };

export default async function QuotaRevisionDecisionsPage() {
  const actor = await actorWith("quota-revision.decide");
  if (!actor?.regionCode) return <AccessDenied need={"quota-revision.decide"} />;
  const region = REGIONS.find((r) => r.code === actor.regionCode);
  const [{ pending, decided }, categories] = await Promise.all([revisionsOfRegion(actor.regionCode), productCategories()]);
  const categoryNames = new Map(categories.map((c) => [c.code, c.name]));
  const current = await Promise.all(
    pending.map(async (r) => (await accountQuotasInWeek(r.accountFiness, r.fromWeek)).find((q) => q.code === r.categoryCode)),
  );
  return (
    <>
      <h1>Révisions de contingent – {region?.name}</h1>
      <p>
        Les établissements de votre région dont le besoin réel dépasse le contingent calculé demandent un contingent plus
        élevé pour quelques semaines. Accordez-le (avec le montant retenu) ou refusez-le avec un motif : la décision est
        journalisée, l&apos;établissement la voit, et le contingent accordé s&apos;applique aux seules semaines demandées.
      </p>
      <h2>Demandes en attente ({pending.length})</h2>
      {pending.length === 0 && <p>Aucune demande en attente.</p>}
      {pending.map((r, i) => {
        const quota = current[i];
        return (
          <section key={r.id} className="fr-card fr-card--no-arrow fr-mb-4w" aria-labelledby={`revision-${r.id}`} data-testid={`revision-${r.id}`}>
            <div className="fr-card__body">
              <div className="fr-card__content">
                <h3 id={`revision-${r.id}`} className="fr-card__title">
                  {r.accountName} ({r.accountFiness}) – {categoryNames.get(r.categoryCode) ?? r.categoryCode}
                </h3>
                <div className="fr-card__desc">
                  <ul>
                    <li>Demandée le {formatDateTime(r.createdAt)}</li>
                    <li>
                      Contingent demandé : <strong>{formatCount(r.requestedUnits)} unités par semaine</strong>
                      {quota && ` (contingent actuel : ${countOf(quota.units, quota.unitLabel)} par semaine)`}
                    </li>
                    <li>
                      Semaines {r.fromWeek} à {shiftWeek(r.fromWeek, r.weeks - 1)} ({r.weeks})
                    </li>
                    <li>Justification : {r.justification}</li>
                  </ul>
                  <RevisionDecision requestId={r.id} requestedUnits={r.requestedUnits} />
                </div>
              </div>
            </div>
          </section>
        );
      })}
      <h2>Demandes traitées</h2>
      {decided.length === 0 ? (
        <p>Aucune demande traitée.</p>
      ) : (
        <RevisionHistory rows={decided} categoryNames={categoryNames} caption="Décisions, les plus récentes d'abord" showAccount />
      )}
    </>
  );
}
