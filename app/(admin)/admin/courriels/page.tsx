import type { Metadata } from "next";
import { AccessDenied } from "@/components/access/access-denied";
import { DIGEST_DELIVERY_STATUS_LABELS } from "@/lib/domain/reporting/digest-delivery";
import { formatDateTime } from "@/lib/domain/wording/french";
import { actorWith } from "@/lib/server/guards";
import { listDigestDeliveries } from "@/lib/server/reporting/digest-deliveries";
import { localCatcherCopies } from "@/lib/server/mailer";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "Courriels envoyés" };

const DELIVERIES_SHOWN = 18 * 8;

/** The weekly digests as the database records them, whatever the relay; and, in development, the local catcher's copies. */
export default async function CaughtMailPage() {
  if (!(await actorWith("mail.read"))) return <AccessDenied need={"mail.read"} />;
  const [deliveries, catcher] = await Promise.all([listDigestDeliveries(DELIVERIES_SHOWN), localCatcherCopies()]);
  return (
    <>
      <h1>Courriels envoyés</h1>
      <section aria-labelledby="digests-title" className="fr-mb-6w">
        <h2 id="digests-title">Synthèses hebdomadaires des ARS</h2>
        {deliveries.length === 0 ? (
          <p>Aucune synthèse envoyée pour l&apos;instant.</p>
        ) : (
          <DataTable
            caption="Synthèses des 8 dernières semaines au plus, par semaine puis par région (heure de Paris)"
            columns={["Semaine", "Région", "Destinataire", "Envoyée le", "État"]}
            small
            testId="digest-deliveries"
          >
            {deliveries.map((delivery) => (
              <tr key={`${delivery.regionCode}-${delivery.week}`} data-testid={`digest-${delivery.regionCode}-${delivery.week}`}>
                <td>{delivery.week}</td>
                <th scope="row">{delivery.regionName ?? delivery.regionCode}</th>
                <td className="wrap-anywhere">{delivery.recipient}</td>
                <td>{delivery.sentAt ? formatDateTime(delivery.sentAt) : "—"}</td>
                <td>{DIGEST_DELIVERY_STATUS_LABELS[delivery.status]}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
      <section aria-labelledby="caught-title">
        <h2 id="caught-title">Copies du récupérateur local</h2>
        {!catcher ? (
          <p>Aucun récupérateur local : les courriels partent par le relais SMTP configuré (SMTP_URL), qui n&apos;en garde pas de copie ici.</p>
        ) : (
          <>
            <p>
              Messages gardés par le récupérateur SMTP local dans <code>{catcher.dir}</code> (un fichier .eml par message).
            </p>
            {catcher.messages.length === 0 ? (
              <p>Aucun courriel pour l&apos;instant.</p>
            ) : (
              <DataTable caption="Courriels, les plus récents d'abord" columns={["Reçu le", "Destinataire", "Objet", "Pièces jointes"]} small testId="caught-mail">
                {[...catcher.messages].reverse().map((m) => (
                  <tr key={m.id}>
                    <td>{formatDateTime(new Date(m.receivedAt))}</td>
                    <td>{m.to.join(", ")}</td>
                    <td>{m.subject}</td>
                    <td>{m.attachments.map((a) => `${a.filename} (${Math.ceil(a.size / 1024)} Kio)`).join(", ") || "—"}</td>
                  </tr>
                ))}
              </DataTable>
            )}
          </>
        )}
      </section>
    </>
  );
}
