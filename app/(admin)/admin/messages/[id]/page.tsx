import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/access/access-denied";
import { ContactAnswerForm } from "@/components/admin/contact-answer-form";
import { ContactStatusBadge } from "@/components/admin/contact-status-badge";
import { TakeInHandButton } from "@/components/admin/take-in-hand-button";
import { inboxScope, mayTakeInHand } from "@/lib/domain/contact/inbox";
import { CONTACT_ANSWERING } from "@/lib/domain/permissions/permissions";
import { countOf, formatDateTime } from "@/lib/domain/wording/french";
import { CONTACT_TOPIC_LABELS, type ContactTopic } from "@/lib/domain/contact/message-form";
import { contactMessageIdField } from "@/lib/schemas/contact";
import { contactMessageWithAnswer } from "@/lib/server/contact/inbox";
import { actorWith } from "@/lib/server/guards";

export const metadata: Metadata = { title: "Message de contact" };

type Params = Promise<{ id: string }>;
type SearchParams = Promise<{ reponse?: string | string[] }>;

/** One contact message: what was asked, and the answer — to write, waiting for the mail relay, or sent. */
export default async function ContactMessagePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const actor = await actorWith(CONTACT_ANSWERING);
  const scope = actor && inboxScope(actor);
  if (!scope) return <AccessDenied need={CONTACT_ANSWERING} />;
  const id = contactMessageIdField.safeParse((await params).id);
  // Outside the reader's region, a message is as absent as one that does not exist.
  const message = id.success ? await contactMessageWithAnswer(id.data, scope) : null;
  if (!message) notFound();
  const justAnswered = [(await searchParams).reponse].flat()[0] === "envoyee";
  const { answer } = message;
  return (
    <>
      <h1>Message de {message.name}</h1>
      {justAnswered && answer && (
        <div className={`fr-alert fr-alert--sm fr-mb-4w ${answer.sentAt ? "fr-alert--success" : "fr-alert--warning"}`} role="status" data-testid="answer-outcome">
          <p>
            {answer.sentAt
              ? `Réponse envoyée à ${message.email}.`
              : `Réponse enregistrée, mais le serveur de messagerie ne l'a pas acceptée : elle n'est pas encore partie. Elle sera renvoyée automatiquement à ${message.email} ; cette page indiquera quand.`}
          </p>
        </div>
      )}
      <dl data-testid="contact-message">
        <dt>Statut</dt>
        <dd>
          <ContactStatusBadge status={message.status} />
          {message.status === "IN_PROGRESS" && message.inProgressAt && (
            <p className="fr-text--sm fr-mb-0" data-testid="in-progress-by">
              Pris en charge par {message.inProgressByEmail ?? "un lecteur"} le {formatDateTime(message.inProgressAt)}
            </p>
          )}
          {mayTakeInHand(message.status) && <TakeInHandButton messageId={message.id} />}
        </dd>
        <dt>Reçu le</dt>
        <dd>{formatDateTime(message.createdAt)} (heure de Paris)</dd>
        <dt>Adresse électronique</dt>
        <dd>{message.email}</dd>
        <dt>FINESS</dt>
        <dd>{message.finess ?? "non indiqué"}</dd>
        <dt>Sujet</dt>
        <dd>{CONTACT_TOPIC_LABELS[message.topic as ContactTopic] ?? message.topic}</dd>
      </dl>
      <h2>Message</h2>
      <p className="fr-mb-4w" style={{ whiteSpace: "pre-line", overflowWrap: "anywhere" }} data-testid="contact-message-text">
        {message.message}
      </p>
      <section aria-labelledby="answer-title" className="fr-mb-4w">
        <h2 id="answer-title">Réponse</h2>
        {answer ? (
          <>
            <p data-testid="answer-delivery">
              {answer.sentAt
                ? `Répondu par ${answer.answeredByEmail} le ${formatDateTime(answer.answeredAt)} ; courriel envoyé le ${formatDateTime(answer.sentAt)}.`
                : `Répondu par ${answer.answeredByEmail} le ${formatDateTime(answer.answeredAt)} ; le courriel n'est pas encore parti : le serveur de messagerie l'a refusé (${countOf(answer.attempts, "essai")}). Il sera renvoyé automatiquement, à intervalles croissants.`}
            </p>
            <p style={{ whiteSpace: "pre-line", overflowWrap: "anywhere" }} data-testid="answer-text">
              {answer.body}
            </p>
          </>
        ) : (
          <ContactAnswerForm messageId={message.id} senderEmail={message.email} />
        )}
      </section>
      <p>
        <Link href="/admin/messages">Tous les messages</Link> · <Link href="/admin/messages?filtre=sans-reponse">Messages sans réponse</Link>
      </p>
    </>
  );
}
