import type { Metadata } from "next";
import { AccessDenied } from "@/components/access/access-denied";
import { formatCount, formatDateTime } from "@/lib/domain/wording/french";
import { RecordedLocalAid } from "@/components/mutual-aid/local-aid-panel";
import { EmergenciesTable } from "@/components/reporting/emergencies-table";
import { DecisionForm } from "@/components/requests/decision-form";
import { DecisionOutcome } from "@/components/requests/decision-outcome";
import { EmergencyContextPanel } from "@/components/requests/emergency-context-panel";
import { REGIONS } from "@/lib/domain/referential/regions";
import { actorWith } from "@/lib/server/guards";
import { emergencyContexts } from "@/lib/server/requests/emergency-context";
import { listEmergencyRequestsToDecide } from "@/lib/server/requests/emergency-requests";
import { decideEmergencyRequestAction } from "./actions";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "Centre de crise – dépannages urgents" };

const outcomeOf = ({ establishmentName, orderNumber }: { establishmentName: string; orderNumber: number | null }, approved: boolean) =>
  approved
    ? `Dépannage de ${establishmentName} accepté : commande n° ${orderNumber} transmise à Santé publique France.`
    : `Dépannage de ${establishmentName} refusé : l'ARS voit le motif.`;

export default async function CrisisCentrePage({ searchParams }: { searchParams: Promise<{ decision?: string | string[] }> }) {
  if (!(await actorWith("emergency.decide"))) return <AccessDenied need={"emergency.decide"} />;
  const { pending, decided } = await listEmergencyRequestsToDecide();
  const contexts = await emergencyContexts(pending.map((r) => r.id));
  const { decision } = await searchParams;
  return (
    <>
      <h1>Dépannages urgents à décider</h1>
      <p>
        Les ARS demandent des EPI pour des établissements en difficulté. Accepter crée une commande hors contingent,
        livrée par Santé publique France et prise sur le stock national ; refuser demande un motif, que l&apos;ARS verra.
      </p>
      <DecisionOutcome decided={decided} decision={decision} says={outcomeOf} />
      <h2>En attente ({pending.length})</h2>
      {pending.length === 0 ? (
        <p data-testid="crisis-pending-empty">Aucune demande en attente.</p>
      ) : (
        <DataTable
          caption="Demandes en attente, les plus anciennes d'abord"
          columns={["Demandé le", "Établissement", "Produits", "Motif", "Situation de l'établissement", "Entraide locale", "Décision"]}
          small
          testId="crisis-pending"
        >
          {pending.map((request) => (
            <tr key={request.id} data-testid={`crisis-request-${request.establishmentFiness}`}>
              <td>{formatDateTime(request.createdAt)}</td>
              <td>
                {request.establishmentName}
                <br />
                <span className="fr-text--xs">
                  FINESS {request.establishmentFiness} – {request.departementCode}, {REGIONS.find((r) => r.code === request.regionCode)?.name}
                </span>
              </td>
              <td>
                {request.products}
                <br />
                <span className="fr-text--xs">{formatCount(request.units)} unités</span>
              </td>
              <td>{request.reason}</td>
              <td>
                <EmergencyContextPanel context={contexts.get(request.id)} testId={`crisis-context-${request.id}`} />
              </td>
              <td>
                <RecordedLocalAid tried={request.localAidTried} recorded={request.localAid} testId={`crisis-local-aid-${request.id}`} />
              </td>
              <td>
                <DecisionForm
                  requestId={request.id}
                  subject={`le dépannage de ${request.establishmentName}`}
                  action={decideEmergencyRequestAction}
                />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <h2>Dernières décisions</h2>
      <EmergenciesTable requests={decided} caption="Les 50 derniers dépannages décidés" />
    </>
  );
}
