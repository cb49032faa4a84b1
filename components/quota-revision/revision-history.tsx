import { formatCount, formatDateTime } from "@/lib/domain/wording/french";
import { RequestStatusBadge } from "@/components/reporting/request-status-badge";
import { shiftWeek } from "@/lib/domain/time/paris-time";
import { DataTable } from "@/components/ui/data-table";

export interface RevisionRow {
  id: string;
  accountFiness: string;
  accountName: string;
  categoryCode: string;
  requestedUnits: number;
  fromWeek: string;
  weeks: number;
  justification: string;
  status: "PENDING" | "APPROVED" | "REJECTED";
  createdAt: Date;
  decidedAt: Date | null;
  grantedUnits: number | null;
  decisionReason: string | null;
}

/** Revision requests and their decisions, as both sides see them. */
export function RevisionHistory({ rows, categoryNames, caption, showAccount }: { rows: RevisionRow[]; categoryNames: Map<string, string>; caption: string; showAccount: boolean }) {
  return (
    <DataTable
      caption={caption}
      columns={["Demandée le", showAccount && "Établissement", "Catégorie", "Contingent demandé", "Semaines", "Justification", "Décision"]}
      testId="revision-history"
    >
      {rows.map((r) => (
        <tr key={r.id}>
          <td>{formatDateTime(r.createdAt)}</td>
          {showAccount && (
            <td>
              {r.accountName} ({r.accountFiness})
            </td>
          )}
          <td>{categoryNames.get(r.categoryCode) ?? r.categoryCode}</td>
          <td>{formatCount(r.requestedUnits)} unités par semaine</td>
          <td>
            {r.fromWeek} à {shiftWeek(r.fromWeek, r.weeks - 1)} ({r.weeks})
          </td>
          <td>{r.justification}</td>
          <td>
            <RequestStatusBadge status={r.status} />
            {r.status === "APPROVED" && r.grantedUnits !== null && <p className="fr-text--sm fr-mb-0">{formatCount(r.grantedUnits)} unités par semaine accordées</p>}
            {r.status === "REJECTED" && r.decisionReason && <p className="fr-text--sm fr-mb-0">Motif : {r.decisionReason}</p>}
            {r.decidedAt && <p className="fr-text--xs fr-mb-0">le {formatDateTime(r.decidedAt)}</p>}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
