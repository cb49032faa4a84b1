import { formatCount } from "@/lib/domain/wording/french";
import type { TrendPoint } from "@/lib/domain/reporting/dashboard";
import { trendChartGeometry } from "@/lib/domain/reporting/trend-chart";
import { DataTable } from "@/components/ui/data-table";

const STATE = "#000091";
const OUTSIDE = "#8585f6";
const QUOTA = "#ce0500";

/** The 12-week trend as an inline SVG (stacked bars, the quota as a line), with its data table. */
export function TrendChart({ points }: { points: TrendPoint[] }) {
  const chart = trendChartGeometry(points);
  const first = points[0]?.week;
  const last = points.at(-1)?.week;
  return (
    <figure className="fr-mb-4w" data-testid="trend-chart">
      <svg role="img" aria-labelledby="trend-title trend-description" viewBox={`0 0 ${chart.width} ${chart.height}`} className="h-auto w-full max-w-3xl">
        <title id="trend-title">{`Unités commandées par semaine, de ${first} à ${last}`}</title>
        <desc id="trend-description">
          {points
            .map((p) => `${p.week} : ${formatCount(p.stateUnits)} sur stock État, ${formatCount(p.outsideQuotaUnits)} hors contingent, contingent ${p.quotaUnits === null ? "aucun" : formatCount(p.quotaUnits)}`)
            .join(" ; ")}
        </desc>
        {chart.ticks.map((tick) => (
          <g key={tick.value}>
            <line x1={chart.plot.left} x2={chart.plot.right} y1={tick.y} y2={tick.y} stroke="#dddddd" />
            <text x={chart.plot.left - 8} y={tick.y + 4} textAnchor="end" fontSize={12} fill="#3a3a3a">
              {formatCount(tick.value)}
            </text>
          </g>
        ))}
        {chart.bars.map((bar) => (
          <g key={bar.week}>
            <rect x={bar.x} y={bar.state.y} width={bar.width} height={bar.state.height} fill={STATE} />
            <rect x={bar.x} y={bar.outside.y} width={bar.width} height={bar.outside.height} fill={OUTSIDE} />
            <text x={bar.x + bar.width / 2} y={chart.plot.bottom + 18} textAnchor="middle" fontSize={12} fill="#3a3a3a">
              {bar.label}
            </text>
          </g>
        ))}
        {chart.quotaPoints && <polyline points={chart.quotaPoints} fill="none" stroke={QUOTA} strokeWidth={2} strokeDasharray="6 4" />}
      </svg>
      <figcaption>
        <ul className="flex list-none flex-wrap gap-x-6 gap-y-1 p-0 fr-text--sm" aria-label="Légende du graphique">
          <li>
            <span className="mr-2 inline-block h-4 w-4 border border-[#3a3a3a] align-middle" style={{ background: STATE }} aria-hidden="true" />
            Commandé sur stock État (contingenté)
          </li>
          <li>
            <span className="mr-2 inline-block h-4 w-4 border border-[#3a3a3a] align-middle" style={{ background: OUTSIDE }} aria-hidden="true" />
            Hors contingent (groupement, dépannages urgents)
          </li>
          <li>
            <span className="mr-2 inline-block w-6 border-t-2 border-dashed border-[#ce0500] align-middle" aria-hidden="true" />
            Contingent hebdomadaire
          </li>
        </ul>
        <details>
          <summary>Données du graphique (tableau)</summary>
          <DataTable caption="Unités commandées par semaine" columns={["Semaine", "Stock État", "Hors contingent", "Contingent"]} small>
            {points.map((p) => (
              <tr key={p.week}>
                <th scope="row">{p.week}</th>
                <td>{formatCount(p.stateUnits)}</td>
                <td>{formatCount(p.outsideQuotaUnits)}</td>
                <td>{p.quotaUnits === null ? "—" : formatCount(p.quotaUnits)}</td>
              </tr>
            ))}
          </DataTable>
        </details>
      </figcaption>
    </figure>
  );
}
