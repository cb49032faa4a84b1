import type { Metadata } from "next";
import { AccessDenied } from "@/components/access/access-denied";
import { formatDateTime } from "@/lib/domain/wording/french";
import { env } from "@/lib/server/env";
import { actorWith } from "@/lib/server/guards";
import { readCaughtMessages } from "@/mail/caught-messages";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "Courriels envoyés" };

/** What the portal sent, as the local SMTP catcher kept it (development and tests only). */
export default async function CaughtMailPage() {
  if (!(await actorWith("mail.read"))) return <AccessDenied need={"mail.read"} />;
  const dir = env().MAIL_CATCHER_DIR;
  const messages = dir ? (await readCaughtMessages(dir)).reverse() : [];
  return (
    <>
      <h1>Courriels envoyés</h1>
      {!dir ? (
        <p>Aucun récupérateur local : les courriels partent par le relais SMTP configuré (SMTP_URL).</p>
      ) : (
        <>
          <p>
            Messages gardés par le récupérateur SMTP local dans <code>{dir}</code> (un fichier .eml par message).
          </p>
          {messages.length === 0 ? (
            <p>Aucun courriel pour l&apos;instant.</p>
          ) : (
            <DataTable caption="Courriels, les plus récents d'abord" columns={["Reçu le", "Destinataire", "Objet", "Pièces jointes"]} small testId="caught-mail">
              {messages.map((m) => (
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
    </>
  );
}
