import { CoverStatusBadge } from "@/components/stock/cover-table";
import { countOf, formatCount, formatDateTime, weeksOfCover } from "@/lib/domain/wording/french";
import type { EmergencyContext } from "@/lib/server/requests/emergency-context";

/** Beside a request the crisis centre decides: who filed it, the establishment's cover and its quota use now. */
export function EmergencyContextPanel({ context, testId }: { context: EmergencyContext | undefined; testId: string }) {
  if (!context) return null;
  const { filedBy, cover, quotas } = context;
  return (
    <div className="fr-text--sm" data-testid={testId}>
      <p className="fr-mb-1w" data-testid={`${testId}-officer`}>
        Déposée par : {filedBy ? `${filedBy.name ? `${filedBy.name}, ` : ""}${filedBy.email}` : "inconnu"}
      </p>
      {cover ? (
        <>
          <p className="fr-mb-0">Couverture (déclaration du {formatDateTime(cover.lastDeclaredAt)}) :</p>
          <ul className="fr-mb-1w" data-testid={`${testId}-cover`}>
            {cover.categories.map((c) => (
              <li key={c.code}>
                {c.name} : {c.cover.weeksOfCover === null ? countOf(c.cover.stockUnits, c.unitLabel) : weeksOfCover(c.cover.weeksOfCover)}{" "}
                <CoverStatusBadge status={c.cover.status} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="fr-mb-1w" data-testid={`${testId}-cover`}>
          Couverture inconnue : aucune déclaration de stock.
        </p>
      )}
      {quotas.length > 0 ? (
        <>
          <p className="fr-mb-0">Contingent de la semaine (commandé / autorisé) :</p>
          <ul className="fr-mb-0" data-testid={`${testId}-quota`}>
            {quotas.map((q) => (
              <li key={q.code}>
                {q.name} : {formatCount(q.usedUnits)} / {countOf(q.allowedUnits, q.unitLabel)}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="fr-mb-0" data-testid={`${testId}-quota`}>
          Aucune catégorie en tension cette semaine.
        </p>
      )}
    </div>
  );
}
