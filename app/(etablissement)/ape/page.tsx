import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/lib/domain/wording/french";
import { RequestStatusBadge } from "@/components/reporting/request-status-badge";
import { ApeRequestForm } from "@/components/requests/ape-request-form";
import { can } from "@/lib/domain/permissions/permissions";
import { currentActor } from "@/lib/server/actor";
import { requireActiveUser } from "@/lib/server/guards";
import { listApeRequestsOfUser } from "@/lib/server/requests/ape-requests";
import { getEstablishmentSummary } from "@/lib/server/repositories/establishments";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "Administrateur principal (APE)" };

export default async function ApePage() {
  await requireActiveUser();
  const actor = await currentActor();
  if (!actor?.establishmentFiness) {
    return (
      <>
        <h1>Administrateur principal (APE)</h1>
        <p>Le rôle d&apos;administrateur principal se demande depuis le compte d&apos;un établissement.</p>
        <p>
          <Link href="/accueil">Retour à mon espace</Link>
        </p>
      </>
    );
  }
  const [establishment, requests] = await Promise.all([getEstablishmentSummary(actor.establishmentFiness), listApeRequestsOfUser(actor.id)]);
  const isApe = can(actor, "establishment.administer");
  const pending = requests.some((r) => r.status === "PENDING");
  return (
    <>
      <h1>Administrateur principal (APE)</h1>
      <p>
        L&apos;administrateur principal d&apos;établissement (APE) attribue dans PLAGE les rôles Distrilog-santé des
        utilisateurs de {establishment?.name ?? "l'établissement"} (FINESS {actor.establishmentFiness}). Le rôle est accordé
        par l&apos;ARS de votre région.
      </p>
      <div className={`fr-alert fr-alert--sm fr-mb-4w ${isApe ? "fr-alert--success" : "fr-alert--info"}`} data-testid="ape-status">
        <p>
          {isApe
            ? "Vous êtes l'administrateur principal (APE) de votre établissement."
            : pending
              ? "Votre demande est en attente de la décision de votre ARS."
              : "Vous n'êtes pas administrateur principal de votre établissement."}
        </p>
      </div>
      {!isApe && !pending && <ApeRequestForm />}
      <h2>Mes demandes</h2>
      {requests.length === 0 ? (
        <p>Aucune demande pour l&apos;instant.</p>
      ) : (
        <DataTable caption="Historique de mes demandes, les plus récentes d'abord" columns={["Demandée le", "Motivation", "Statut", "Décision"]} small testId="ape-requests">
          {requests.map((request) => (
            <tr key={request.id}>
              <td>{formatDateTime(request.createdAt)}</td>
              <td>{request.motivation}</td>
              <td>
                <RequestStatusBadge status={request.status} />
              </td>
              <td>
                {request.decidedAt ? `Le ${formatDateTime(request.decidedAt)}` : "—"}
                {request.decisionReason && (
                  <>
                    <br />
                    {request.decisionReason}
                  </>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
