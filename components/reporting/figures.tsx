import { formatCount } from "@/lib/domain/wording/french";
import { formatConsumption } from "@/lib/domain/reporting/consumption";
import type { Figures } from "@/lib/domain/reporting/dashboard";

export const FIGURE_HEADERS = ["Stock État (unités)", "Contingent (unités)", "Consommation", "Hors contingent (unités)"] as const;

export const formatQuota = (quota: number | null) => (quota === null ? "—" : formatCount(quota));

/** The four figure cells of a row: state-stock units, quota, consumption, units outside the quota. */
export function FigureCells({ figures, testId }: { figures: Figures; testId?: string }) {
  return (
    <>
      <td data-testid={testId && `${testId}-state`}>{formatCount(figures.stateUnits)}</td>
      <td data-testid={testId && `${testId}-quota`}>{formatQuota(figures.quotaUnits)}</td>
      <td>{formatConsumption(figures.consumption)}</td>
      <td data-testid={testId && `${testId}-outside`}>{formatCount(figures.outsideQuotaUnits)}</td>
    </>
  );
}

export function FigureHeaders() {
  return (
    <>
      {FIGURE_HEADERS.map((header) => (
        <th key={header} scope="col">
          {header}
        </th>
      ))}
    </>
  );
}
