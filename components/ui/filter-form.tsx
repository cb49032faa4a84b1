import { Children, type ReactNode } from "react";

/**
 * A page's filters: a plain GET form, so that every view has its URL, its fields side by side from the md breakpoint
 * (`columns` to a row), stacked on a phone, then « Afficher ».
 */
export function FilterForm({ action, label, columns, children }: { action: string; label: string; columns: 3 | 4; children: ReactNode }) {
  const column = `fr-col-12 fr-col-md-${12 / columns}`;
  return (
    <form method="get" action={action} className="fr-mb-4w" aria-label={label}>
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        {Children.toArray(children).map((field, index) => (
          <div key={index} className={column}>
            {field}
          </div>
        ))}
        <div className={column}>
          <button className="fr-btn" type="submit">
            Afficher
          </button>
        </div>
      </div>
    </form>
  );
}
