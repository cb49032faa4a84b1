import { formatCount } from "@/lib/domain/wording/french";
import type { AreaLine, CategoryLine } from "@/lib/domain/reporting/dashboard";
import { FigureCells, FigureHeaders } from "./figures";
import { DataTable } from "@/components/ui/data-table";

/** Totals per département or per region, with the overall total in the footer. */
export function AreaTable({ id, caption, areaLabel, lines, total }: { id: string; caption: string; areaLabel: string; lines: AreaLine[]; total: AreaLine }) {
  return (
    <DataTable
      caption={caption}
      columns={[areaLabel, "Établissements", "Commandes"]}
      moreColumns={<FigureHeaders />}
      small
      id={id}
      footer={
        <tr>
          <th scope="row">Total</th>
          <td>{formatCount(total.establishments)}</td>
          <td>{formatCount(total.orders)}</td>
          <FigureCells figures={total} />
        </tr>
      }
    >
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
    </DataTable>
  );
}

/** Totals per EPI category. */
export function CategoryTable({ lines }: { lines: CategoryLine[] }) {
  return (
    <DataTable caption="Totaux par catégorie d'EPI" columns={["Catégorie", "Mode"]} moreColumns={<FigureHeaders />} small id="totaux-categories">
      {lines.map((line) => (
        <tr key={line.code} data-testid={`category-total-${line.code}`}>
          <th scope="row">{line.name}</th>
          <td>{line.contingented ? "Stock État, contingenté" : "Groupement RESAH – UniHA"}</td>
          <FigureCells figures={line} testId={`category-total-${line.code}`} />
        </tr>
      ))}
    </DataTable>
  );
}
