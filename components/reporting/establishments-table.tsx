import Link from "next/link";
import { formatCount, inSentence } from "@/lib/domain/wording/french";
import { ORDER_STATUS_LABELS, ORDER_STATUSES } from "@/lib/domain/orders/order-status";
import { formatConsumption } from "@/lib/domain/reporting/consumption";
import type { CategoryLine, EstablishmentLine } from "@/lib/domain/reporting/dashboard";
import { formatQuota } from "./figures";
import { DataTable } from "@/components/ui/data-table";

export const ESTABLISHMENTS_PER_PAGE = 50;

function statusSummary(line: EstablishmentLine): string {
  const parts = ORDER_STATUSES.filter((s) => line.statuses[s] > 0).map((s) => `${formatCount(line.statuses[s])} ${inSentence(ORDER_STATUS_LABELS[s])}`);
  return parts.length ? parts.join(", ") : "aucune";
}

/** One row per establishment: each EPI category ordered on the state stock against its quota, and its orders' statuses. */
export function EstablishmentsTable({
  lines,
  categories,
  page,
  pageHref,
}: {
  lines: EstablishmentLine[];
  categories: CategoryLine[];
  page: number;
  pageHref: (page: number) => string;
}) {
  const pages = Math.max(1, Math.ceil(lines.length / ESTABLISHMENTS_PER_PAGE));
  const current = Math.min(page, pages);
  const shown = lines.slice((current - 1) * ESTABLISHMENTS_PER_PAGE, current * ESTABLISHMENTS_PER_PAGE);
  return (
    <>
      <DataTable
        caption={
          <>
            Établissements ({formatCount(lines.length)}
            {pages > 1 && `, page ${current} sur ${pages}`}) : commandé sur stock État / contingent, par catégorie d&apos;EPI
          </>
        }
        columns={["Établissement", "Département", "Catégorie FINESS", ...categories.map((c) => c.name), "Consommation", "Commandes"]}
        small
        id="etablissements"
        testId="establishments-table"
      >
        {shown.map((line) => (
          <tr key={line.finess} data-testid={`establishment-${line.finess}`}>
            <th scope="row">
              <Link href={`/etablissements/${line.finess}`}>{line.name}</Link>
              <br />
              <span className="fr-text--xs">FINESS {line.finess}</span>
            </th>
            <td>
              {line.departementCode} – {line.departementName}
            </td>
            <td>
              {line.categoryCode} – {line.categoryLabel}
            </td>
            {categories.map((c) => {
              const f = line.byCategory[c.code];
              return (
                <td key={c.code}>
                  {formatCount(f.stateUnits)} / {formatQuota(f.quotaUnits)}
                  {f.outsideQuotaUnits > 0 && (
                    <>
                      <br />
                      <span className="fr-text--xs">+ {formatCount(f.outsideQuotaUnits)} hors contingent</span>
                    </>
                  )}
                </td>
              );
            })}
            <td>{formatConsumption(line.consumption)}</td>
            <td>
              {formatCount(line.orders)}
              {line.orders > 0 && (
                <>
                  <br />
                  <span className="fr-text--xs">{statusSummary(line)}</span>
                </>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
      {pages > 1 && (
        <nav role="navigation" className="fr-pagination fr-mb-4w" aria-label="Pages du tableau des établissements">
          <ul className="fr-pagination__list">
            <li>
              {current > 1 ? (
                <Link className="fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label" href={pageHref(current - 1)}>
                  Page précédente
                </Link>
              ) : (
                <a className="fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label" aria-disabled="true" role="link">
                  Page précédente
                </a>
              )}
            </li>
            <li>
              <span className="fr-pagination__link" aria-current="page">
                Page {current} sur {pages}
              </span>
            </li>
            <li>
              {current < pages ? (
                <Link className="fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label" href={pageHref(current + 1)}>
                  Page suivante
                </Link>
              ) : (
                <a className="fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label" aria-disabled="true" role="link">
                  Page suivante
                </a>
              )}
            </li>
          </ul>
        </nav>
      )}
    </>
  );
}
