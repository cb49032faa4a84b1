import { countOf, formatDateTime, formatWeeks } from "@/lib/domain/wording/french";
import type { CategoryCoverView } from "@/lib/domain/stock/account-cover";
import { COVER_TARGET_WEEKS, type CoverStatus } from "@/lib/domain/stock/cover";
import { DataTable } from "@/components/ui/data-table";

const STATUS: Record<Exclude<CoverStatus, "NOT_DECLARED">, { label: string; badge: string }> = {
  BELOW_TARGET: { label: `Sous l'objectif de ${COVER_TARGET_WEEKS} semaines`, badge: "fr-badge--error" },
  ON_TARGET: { label: "Objectif atteint", badge: "fr-badge--success" },
  NO_CONSUMPTION: { label: "Aucune consommation", badge: "fr-badge--info" },
  NO_ESTIMATE: { label: "Estimation impossible", badge: "fr-badge--warning" },
};

export function CoverStatusBadge({ status }: { status: CoverStatus }) {
  if (status === "NOT_DECLARED") return <span className="fr-badge fr-badge--sm">Non déclaré</span>;
  return <span className={`fr-badge fr-badge--sm ${STATUS[status].badge}`}>{STATUS[status].label}</span>;
}

/** Weeks of cover per declared category, against the 3-week target, with the forecast's reasoning. */
export function CoverTable({ categories, caption }: { categories: readonly CategoryCoverView[]; caption: string }) {
  const declared = categories.filter((c) => c.cover.status !== "NOT_DECLARED");
  return (
    <DataTable caption={caption} columns={["Catégorie", "Stock déclaré", "Consommation estimée", `Couverture (objectif ${COVER_TARGET_WEEKS} semaines)`, "Prévision"]}>
      {declared.map(({ code, name, unitLabel, cover, explanation }) => (
        <tr key={code} data-testid={`cover-${code}`}>
          <th scope="row">{name}</th>
          <td>
            {countOf(cover.stockUnits, unitLabel)}
            {cover.declaredAt && <span className="fr-text--xs fr-mb-0 fr-hint-text">au {formatDateTime(cover.declaredAt)}</span>}
          </td>
          <td>{cover.weeklyConsumption === null ? "—" : `${countOf(cover.weeklyConsumption, unitLabel)} par semaine`}</td>
          <td>
            {cover.weeksOfCover !== null && (
              <strong className="fr-mr-1w" data-testid={`weeks-${code}`}>
                {formatWeeks(cover.weeksOfCover)} {cover.weeksOfCover < 2 ? "semaine" : "semaines"}
              </strong>
            )}
            <CoverStatusBadge status={cover.status} />
          </td>
          <td>{explanation}</td>
        </tr>
      ))}
    </DataTable>
  );
}
