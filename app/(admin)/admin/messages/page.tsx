import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/access/access-denied";
import { ContactStatusBadge } from "@/components/admin/contact-status-badge";
import { DataTable } from "@/components/ui/data-table";
import { INBOX_FILTERS, inboxScope, type InboxFilter } from "@/lib/domain/contact/inbox";
import { CONTACT_ANSWERING } from "@/lib/domain/permissions/permissions";
import { formatDateTime } from "@/lib/domain/wording/french";
import { CONTACT_TOPIC_LABELS, type ContactTopic } from "@/lib/domain/contact/message-form";
import { inboxFilterSchema } from "@/lib/schemas/contact";
import { INBOX_PAGE_SIZE, listContactMessages } from "@/lib/server/contact/inbox";
import { actorWith } from "@/lib/server/guards";

export const metadata: Metadata = { title: "Messages de contact" };

const FILTER_LABELS: Record<InboxFilter, string> = { tous: "Tous les messages", "sans-reponse": "Sans réponse", nouveaux: "Nouveaux", "en-cours": "En cours" };

const EMPTY: Record<InboxFilter, string> = {
  tous: "Aucun message reçu.",
  "sans-reponse": "Tous les messages ont reçu une réponse.",
  nouveaux: "Aucun nouveau message : chacun est en cours ou a reçu une réponse.",
  "en-cours": "Aucun message en cours.",
};

/** The messages of the public contact form, newest first, for the national admin (and an ARS, its region's) to read and answer. */
export default async function ContactInboxPage({ searchParams }: { searchParams: Promise<{ filtre?: string | string[] }> }) {
  const actor = await actorWith(CONTACT_ANSWERING);
  const scope = actor && inboxScope(actor);
  if (!scope) return <AccessDenied need={CONTACT_ANSWERING} />;
  const asked = inboxFilterSchema.safeParse([(await searchParams).filtre].flat()[0]);
  const filter: InboxFilter = asked.success ? asked.data : "tous";
  const messages = await listContactMessages(filter, scope);
  return (
    <>
      <h1>Messages de contact</h1>
      <p>
        Les messages envoyés depuis la page « Contactez-nous », les plus récents d&apos;abord
        {scope.kind === "region" ? ", dont le numéro FINESS désigne un établissement de votre région" : ""}. La réponse part
        par courriel à l&apos;adresse de l&apos;expéditeur.
      </p>
      <nav aria-label="Filtrer les messages" className="fr-mb-3w">
        <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
          {INBOX_FILTERS.map((f) => (
            <li key={f}>
              <Link
                className={`fr-btn ${f === filter ? "" : "fr-btn--secondary"}`}
                href={f === "tous" ? "/admin/messages" : `/admin/messages?filtre=${f}`}
                aria-current={f === filter ? "page" : undefined}
              >
                {FILTER_LABELS[f]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {!asked.success && (
        <div className="fr-alert fr-alert--error fr-alert--sm fr-mb-3w" role="alert" data-testid="inbox-filter-refusal">
          <p>{asked.error.issues[0].message}</p>
        </div>
      )}
      {messages.length === 0 ? (
        <p data-testid="inbox-empty">{EMPTY[filter]}</p>
      ) : (
        <DataTable
          caption={`${FILTER_LABELS[filter]}, les plus récents d'abord${messages.length === INBOX_PAGE_SIZE ? ` (les ${INBOX_PAGE_SIZE} derniers)` : ""}`}
          columns={["Expéditeur", "Reçu le", "Sujet", "FINESS", "Statut"]}
          testId="inbox"
        >
          {messages.map((message) => (
            <tr key={message.id} data-testid={`contact-message-${message.id}`}>
              <th scope="row">
                <Link href={`/admin/messages/${message.id}`}>{message.name}</Link>
                <br />
                {message.email}
              </th>
              <td>{formatDateTime(message.createdAt)}</td>
              <td>{CONTACT_TOPIC_LABELS[message.topic as ContactTopic] ?? message.topic}</td>
              <td>{message.finess ?? "—"}</td>
              <td>
                <ContactStatusBadge status={message.status} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
