import type { ReactNode } from "react";

/**
 * A DSFR table: its caption (kept for screen readers but hidden when the heading above already says it), column
 * headers, then the rows given as children (each starting with a `<th scope="row">`).
 */
export function DataTable({
  caption,
  columns,
  hideCaption = false,
  testId,
  children,
}: {
  caption: ReactNode;
  columns: readonly string[];
  hideCaption?: boolean;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <div className="fr-table">
      <table data-testid={testId}>
        <caption className={hideCaption ? "fr-sr-only" : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
