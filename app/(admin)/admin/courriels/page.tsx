import type { Metadata } from "next";
import { AccessDenied } from "@/components/access/access-denied";
import { formatDateTime } from "@/lib/domain/wording/french";
import { env } from "@/lib/server/env";
import { actorWith } from "@/lib/server/guards";
import { readCaughtMessages } from "@/mail/caught-messages";

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
            <div className="fr-table fr-table--sm">
              <table data-testid="caught-mail">
                <caption>Courriels, les plus récents d&apos;abord</caption>
                <thead>
                  <tr>
                    <th scope="col">Reçu le</th>
                    <th scope="col">Destinataire</th>
                    <th scope="col">Objet</th>
                    <th scope="col">Pièces jointes</th>
                  </tr>
                </thead>
                <tbody>
                  {messages.map((m) => (
                    <tr key={m.id}>
                      <td>{formatDateTime(new Date(m.receivedAt))}</td>
                      <td>{m.to.join(", ")}</td>
                      <td>{m.subject}</td>
                      <td>{m.attachments.map((a) => `${a.filename} (${Math.ceil(a.size / 1024)} Kio)`).join(", ") || "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  );
}
