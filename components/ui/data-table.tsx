import type { ReactNode } from "react";

/** A column header: its text, or its text and a class (a minimum width). */
export type Column = string | { label: string; className: string };

/**
 * A DSFR table: its caption (kept for screen readers but hidden when the heading above already says it), column
 * headers, then the rows given as children (each row names itself with a `<th scope="row">` where it can), and an
 * optional footer of totals.
 *
 * `columns` lists the headers; a `false` entry is a column left out (`showAccount && "Établissement"`), and
 * `moreColumns` adds headers rendered by a component of their own (the dashboard's figures). `framed` uses the DSFR's
 * newer markup (wrapper, container, content), which the public pages' long tables use to wrap their cells.
 */
export function DataTable({
  caption,
  columns,
  moreColumns,
  hideCaption = false,
  small = false,
  framed = false,
  className,
  id,
  tableId,
  testId,
  footer,
  children,
}: {
  caption: ReactNode;
  columns: readonly (Column | false)[];
  moreColumns?: ReactNode;
  hideCaption?: boolean;
  small?: boolean;
  framed?: boolean;
  /** More DSFR modifiers of the frame, e.g. "fr-table--multiline". */
  className?: string;
  /** The frame's id (an anchor of the page). */
  id?: string;
  /** The table's own id. */
  tableId?: string;
  testId?: string;
  footer?: ReactNode;
  children: ReactNode;
}) {
  const frameClass = ["fr-table", small && "fr-table--sm", className].filter(Boolean).join(" ");
  const table = (
    <table id={tableId} data-testid={testId}>
      <caption className={hideCaption ? "fr-sr-only" : undefined}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => {
            if (column === false) return null;
            const { label, className } = typeof column === "string" ? { label: column, className: undefined } : column;
            return (
              <th scope="col" key={label} className={className}>
                {label}
              </th>
            );
          })}
          {moreColumns}
        </tr>
      </thead>
      <tbody>{children}</tbody>
      {footer && <tfoot>{footer}</tfoot>}
    </table>
  );
  if (!framed) {
    return (
      <div className={frameClass} id={id}>
        {table}
      </div>
    );
  }
  return (
    <div className={frameClass} id={id}>
      <div className="fr-table__wrapper">
        <div className="fr-table__container">
          <div className="fr-table__content">{table}</div>
        </div>
      </div>
    </div>
  );
}
