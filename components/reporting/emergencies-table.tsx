import { formatCount, formatDateTime } from "@/lib/domain/wording/french";
import type { EmergencySummary } from "@/lib/domain/reporting/dashboard";
import { REQUEST_STATUS_LABELS } from "@/lib/domain/requests/request-status";
import { RequestStatusBadge } from "./request-status-badge";

/** Emergency top-ups of the scope: pending ones, and those filed or decided in the week, with their outcome. */
export function EmergenciesTable({ requests, caption }: { requests: EmergencySummary[]; caption: string }) {
  if (requests.length === 0) return <p data-testid="emergencies-empty">Aucune demande de dépannage urgent.</p>;
  return (
    <div className="fr-table fr-table--sm">
      <table data-testid="emergencies-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Demandé le</th>
            <th scope="col">Établissement</th>
            <th scope="col">Produits</th>
            <th scope="col">Unités</th>
            <th scope="col">Motif</th>
            <th scope="col">Statut</th>
            <th scope="col">Décision</th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </div>
  );
}
