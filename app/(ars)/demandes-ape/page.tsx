import type { Metadata } from "next";
import { AccessDenied } from "@/components/access/access-denied";
import { formatDateTime } from "@/lib/domain/wording/french";
import { RequestStatusBadge } from "@/components/reporting/request-status-badge";
import { DecisionForm } from "@/components/requests/decision-form";
import { DecisionOutcome } from "@/components/requests/decision-outcome";
import { REGIONS } from "@/lib/domain/referential/regions";
import { actorWith } from "@/lib/server/guards";
import { listApeRequestsOfRegion } from "@/lib/server/requests/ape-requests";
import { decideApeRequestAction } from "./actions";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "Demandes de rôle APE" };

const personOf = (user: { email: string; givenName: string | null; familyName: string | null } | null) =>
  user ? [user.givenName, user.familyName].filter(Boolean).join(" ") || user.email : "Utilisateur inconnu";

const outcomeOf = (request: { user: Parameters<typeof personOf>[0]; accountName: string }, approved: boolean) =>
  approved
    ? `Demande acceptée : ${personOf(request.user)} est désormais APE de l'établissement ${request.accountName}.`
    : `Demande de ${personOf(request.user)} refusée : le motif lui est communiqué.`;

export default async function ApeRequestsPage({ searchParams }: { searchParams: Promise<{ decision?: string | string[] }> }) {
  const actor = await actorWith("ape.decide");
  if (!actor?.regionCode) return <AccessDenied need={"ape.decide"} />;
  const region = REGIONS.find((r) => r.code === actor.regionCode);
  const { pending, decided } = await listApeRequestsOfRegion(actor.regionCode);
  const { decision } = await searchParams;
  return (
    <>
      <h1>Demandes de rôle APE – {region?.name}</h1>
      <p>
        Les utilisateurs des établissements de votre région demandent à devenir administrateur principal (APE) de leur
        établissement. Votre décision est journalisée et visible du demandeur.
      </p>
      <DecisionOutcome decided={decided} decision={decision} says={outcomeOf} />
      <h2>À traiter ({pending.length})</h2>
      {pending.length === 0 ? (
        <p data-testid="ape-pending-empty">Aucune demande en attente.</p>
      ) : (
        <DataTable caption="Demandes en attente, les plus anciennes d'abord" columns={["Demandeur", "Établissement", "Motivation", "Décision"]} small testId="ape-pending">
          {pending.map((request) => (
            <tr key={request.id} data-testid={`ape-request-${request.accountFiness}`}>
              <td>
                {personOf(request.user)}
                <br />
                <span className="fr-text--xs">
                  {request.user?.email}
                  {request.user?.jobTitle && ` – ${request.user.jobTitle}`}
                </span>
                <br />
                <span className="fr-text--xs">le {formatDateTime(request.createdAt)}</span>
              </td>
              <td>
                {request.accountName}
                <br />
                <span className="fr-text--xs">FINESS {request.accountFiness}</span>
                {request.currentApes.length > 0 && (
                  <p className="fr-badge fr-badge--warning fr-badge--sm fr-mt-1w" data-testid="current-apes">
                    Déjà un APE : {request.currentApes.join(", ")}
                  </p>
                )}
              </td>
              <td>{request.motivation}</td>
              <td>
                <DecisionForm
                  requestId={request.id}
                  subject={`la demande de ${personOf(request.user)}`}
                  action={decideApeRequestAction}
                  confirmation={request.currentApes.length > 0 ? `Je confirme : ${request.accountName} aura un APE de plus` : undefined}
                />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <h2>Dernières décisions</h2>
      {decided.length === 0 ? (
        <p>Aucune décision pour l&apos;instant.</p>
      ) : (
        <DataTable caption="Les 50 dernières demandes décidées" columns={["Demandeur", "Établissement", "Statut", "Décidée le", "Motif"]} small>
          {decided.map((request) => (
            <tr key={request.id}>
              <td>{personOf(request.user)}</td>
              <td>
                {request.accountName} ({request.accountFiness})
              </td>
              <td>
                <RequestStatusBadge status={request.status} />
              </td>
              <td>{request.decidedAt ? formatDateTime(request.decidedAt) : "—"}</td>
              <td>{request.decisionReason ?? "—"}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
