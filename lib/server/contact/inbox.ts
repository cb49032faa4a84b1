import "server-only";
import { contactMessageStatus, type InboxFilter } from "@/lib/domain/contact/inbox";
import { db } from "../db";

/** The inbox shows this many messages at most, newest first. */
export const INBOX_PAGE_SIZE = 200;

/** The messages of the public contact form, newest first; « sans-reponse »: those nobody has answered yet. */
export async function listContactMessages(filter: InboxFilter) {
  const messages = await db().contactMessage.findMany({
    where: filter === "sans-reponse" ? { answer: null } : {},
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: INBOX_PAGE_SIZE,
    select: { id: true, createdAt: true, name: true, email: true, finess: true, topic: true, answer: { select: { sentAt: true } } },
  });
  return messages.map(({ answer, ...message }) => ({ ...message, status: contactMessageStatus(answer) }));
}

/** One message with its answer, if any; null when there is no such message. */
export async function contactMessageWithAnswer(id: string) {
  const message = await db().contactMessage.findUnique({
    where: { id },
    include: {
      answer: { select: { body: true, answeredByEmail: true, answeredAt: true, sentAt: true, attempts: true, lastError: true } },
    },
  });
  return message && { ...message, status: contactMessageStatus(message.answer) };
}
