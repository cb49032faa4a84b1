import { formatCount } from "@/lib/domain/wording/french";
import type { AreaLine, CategoryLine } from "@/lib/domain/reporting/dashboard";
import { FigureCells, FigureHeaders } from "./figures";

/** Totals per département or per region, with the overall total in the footer. */
export function AreaTable({ id, caption, areaLabel, lines, total }: { id: string; caption: string; areaLabel: string; lines: AreaLine[]; total: AreaLine }) {
  return (
    <div className="fr-table fr-table--sm" id={id}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{areaLabel}</th>
            <th scope="col">Établissements</th>
            <th scope="col">Commandes</th>
            <FigureHeaders />
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.code} data-testid={`${id}-${line.code}`}>
              <th scope="row">
                {line.code ? `${line.code} – ${line.name}` : line.name}
              </th>
              <td>{formatCount(line.establishments)}</td>
              <td>{formatCount(line.orders)}</td>
              <FigureCells figures={line} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td>{formatCount(total.establishments)}</td>
            <td>{formatCount(total.orders)}</td>
            <FigureCells figures={total} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** Totals per EPI category. */
export function CategoryTable({ lines }: { lines: CategoryLine[] }) {
  return (
    <div className="fr-table fr-table--sm" id="totaux-categories">
      <table>
        <caption>Totaux par catégorie d&apos;EPI</caption>
        <thead>
          <tr>
            <th scope="col">Catégorie</th>
            <th scope="col">Mode</th>
            <FigureHeaders />
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.code} data-testid={`category-total-${line.code}`}>
              <th scope="row">{line.name}</th>
              <td>{line.contingented ? "Stock État, contingenté" : "Groupement RESAH – UniHA"}</td>
              <FigureCells figures={line} testId={`category-total-${line.code}`} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
