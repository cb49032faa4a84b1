import { changeRows } from "@/lib/domain/audit/changes";
import type { AuditEntry } from "@/lib/domain/audit/journal-csv";
import { auditActionLabel, auditEntityLabel } from "@/lib/domain/audit/labels";
import { formatDateTime } from "@/lib/domain/wording/french";
import { DataTable } from "@/components/ui/data-table";

/** Before and after of one entry, field by field; the fields that changed in bold. */
function Change({ entry }: { entry: AuditEntry }) {
  const rows = changeRows(entry.before, entry.after);
  if (rows.length === 0) return <>—</>;
  return (
    <ul className="fr-raw-list">
      {rows.map((row) => (
        <li key={row.field} className="fr-text--sm fr-mb-0">
          {row.changed ? <strong>{row.field}</strong> : row.field} : <span data-testid="before">{row.before}</span>{" "}
          <span aria-hidden="true">→</span>
          <span className="fr-sr-only">devient</span> <span data-testid="after">{row.after}</span>
        </li>
      ))}
    </ul>
  );
}

export function JournalTable({ entries, caption }: { entries: readonly AuditEntry[]; caption: string }) {
  return (
    // Recorded values can be long unbroken strings (a JSON list of order lines, an id): they break anywhere rather
    // than widen the table past a 320 px screen.
    <DataTable caption={caption} columns={["Date", "Auteur", "Action", "Objet", "Avant → après"]} testId="journal" className="[overflow-wrap:anywhere]">
      {entries.map((entry) => (
        <tr key={entry.id} data-testid={`journal-entry-${entry.id}`}>
          <th scope="row">{formatDateTime(entry.at)}</th>
          <td>{entry.actorEmail ?? "système"}</td>
          <td>{auditActionLabel(entry.action)}</td>
          <td>
            {auditEntityLabel(entry.entityType)} {entry.entityId}
            {entry.finess && <span className="fr-hint-text">FINESS {entry.finess}</span>}
          </td>
          <td>
            <Change entry={entry} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
