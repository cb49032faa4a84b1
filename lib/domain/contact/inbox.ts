import { can, type AppRole } from "../permissions/permissions";

/**
 * A contact message's life in the national admin's inbox: new until a reader takes it in hand (in progress) or answers
 * it; once answered, its answer is either sent or still waiting for the mail relay. The state is read from what is
 * stored, never kept apart from it.
 */

export type ContactMessageStatus = "NEW" | "IN_PROGRESS" | "ANSWER_PENDING" | "ANSWERED";

export const CONTACT_STATUS_LABELS: Record<ContactMessageStatus, string> = {
  NEW: "Nouveau",
  IN_PROGRESS: "En cours",
  ANSWER_PENDING: "Répondu, envoi en attente",
  ANSWERED: "Répondu",
};

/** The moves the inbox allows: a message is answered once; an answer waiting for the relay can only go out. */
export const CONTACT_STATUS_MOVES: Record<ContactMessageStatus, readonly ContactMessageStatus[]> = {
  NEW: ["IN_PROGRESS", "ANSWER_PENDING", "ANSWERED"],
  IN_PROGRESS: ["ANSWER_PENDING", "ANSWERED"],
  ANSWER_PENDING: ["ANSWERED"],
  ANSWERED: [],
};

export function contactMessageStatus(answer: { sentAt: Date | null } | null, inProgressAt: Date | null = null): ContactMessageStatus {
  if (!answer) return inProgressAt ? "IN_PROGRESS" : "NEW";
  return answer.sentAt ? "ANSWERED" : "ANSWER_PENDING";
}

export const mayAnswer = (status: ContactMessageStatus) => CONTACT_STATUS_MOVES[status].includes("ANSWER_PENDING");

export const mayTakeInHand = (status: ContactMessageStatus) => CONTACT_STATUS_MOVES[status].includes("IN_PROGRESS");

/** The inbox's filter: every message, those still waiting for an answer, and among them the new and the in-progress. */
export const INBOX_FILTERS = ["tous", "sans-reponse", "nouveaux", "en-cours"] as const;
export type InboxFilter = (typeof INBOX_FILTERS)[number];

/** Whose messages a reader sees: all of them, or those whose FINESS names an establishment of one ARS region. */
export type InboxScope = { kind: "national" } | { kind: "region"; regionCode: string };

export function inboxScope(actor: { roles: readonly AppRole[]; regionCode: string | null }): InboxScope | null {
  if (can(actor, "contact-messages.answer")) return { kind: "national" };
  if (can(actor, "contact-messages.region.answer") && actor.regionCode) return { kind: "region", regionCode: actor.regionCode };
  return null;
}

/** How long a sender's claim on an unsent answer holds before another sender may take it over (it died meanwhile). */
export const ANSWER_CLAIM_TIMEOUT_MS = 5 * 60_000;
