import { formatCount, formatDateTime } from "@/lib/domain/wording/french";
import type { EmergencySummary } from "@/lib/domain/reporting/dashboard";
import { REQUEST_STATUS_LABELS } from "@/lib/domain/requests/request-status";
import { RequestStatusBadge } from "./request-status-badge";
import { DataTable } from "@/components/ui/data-table";

/** Emergency top-ups of the scope: pending ones, and those filed or decided in the week, with their outcome. */
export function EmergenciesTable({ requests, caption }: { requests: EmergencySummary[]; caption: string }) {
  if (requests.length === 0) return <p data-testid="emergencies-empty">Aucune demande de dépannage urgent.</p>;
  return (
    <DataTable caption={caption} columns={["Demandé le", "Établissement", "Produits", "Unités", "Motif", "Statut", "Décision"]} small testId="emergencies-table">
      {requests.map((r) => (
        <tr key={r.id} data-testid={`emergency-${r.id}`}>
          <td>{formatDateTime(r.createdAt)}</td>
          <td>
            {r.establishmentName}
            <br />
            <span className="fr-text--xs">
              FINESS {r.establishmentFiness} ({r.departementCode})
            </span>
          </td>
          <td>{r.products}</td>
          <td>{formatCount(r.units)}</td>
          <td>
            {r.reason}
            {r.localAidTried && (
              <>
                <br />
                <span className="fr-text--xs">Tenté localement : {r.localAidTried}</span>
              </>
            )}
          </td>
          <td>
            <RequestStatusBadge status={r.status} />
          </td>
          <td>
            {r.decidedAt ? `${REQUEST_STATUS_LABELS[r.status]} le ${formatDateTime(r.decidedAt)}` : "—"}
            {r.decisionReason && (
              <>
                <br />
                <span className="fr-text--xs">{r.decisionReason}</span>
              </>
            )}
            {r.orderNumber !== null && (
              <>
                <br />
                <span className="fr-text--xs">Commande n° {r.orderNumber}</span>
              </>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
