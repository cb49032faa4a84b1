import { CONTACT_STATUS_LABELS, type ContactMessageStatus } from "@/lib/domain/contact/inbox";

const BADGE: Record<ContactMessageStatus, string> = {
  NEW: "fr-badge--new",
  IN_PROGRESS: "fr-badge--info",
  ANSWER_PENDING: "fr-badge--warning",
  ANSWERED: "fr-badge--success",
};

/** Where a contact message stands: new, in progress, answered but not yet sent, answered. */
export function ContactStatusBadge({ status }: { status: ContactMessageStatus }) {
  return (
    <span className={`fr-badge fr-badge--sm ${BADGE[status]}`} data-testid="contact-status">
      {CONTACT_STATUS_LABELS[status]}
    </span>
  );
}
