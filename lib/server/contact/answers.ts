import "server-only";
import type { Mailer } from "@/lib/adapters/email";
import { contactAnswerMail } from "@/lib/domain/contact/answer-mail";
import { ANSWER_CLAIM_TIMEOUT_MS, contactMessageStatus, inboxScope, mayAnswer } from "@/lib/domain/contact/inbox";
import { contactRefusals } from "@/lib/domain/contact/refusals";
import { agreeing, formatCount, nounOf } from "@/lib/domain/wording/french";
import { CONTACT_TOPIC_LABELS, type ContactTopic } from "@/lib/domain/contact/message-form";
import type { z } from "@/lib/schemas/zod";
import type { contactAnswerSchema } from "@/lib/schemas/contact";
import type { Actor } from "../actor";
import { audit } from "../audit";
import { db } from "../db";
import { enqueueContactAnswers } from "../jobs/contact-answers-queue";
import { jobQueue } from "../jobs/job-queue";
import { mailer } from "../mailer";
import { messageInScope } from "./inbox";
import { describeError, logger } from "../observability/logger";
import type { PrismaClient } from "../prisma";

export type AnswerDelivery = "sent" | "pending";

/**
 * Records the admin's answer and its audit row in one transaction, then e-mails it. Once recorded it is never lost:
 * a relay that refuses it leaves it unsent, and a job sends it later (sendPendingContactAnswers, retried by pg-boss).
 */
export async function answerContactMessage(
  actor: Actor,
  input: z.output<typeof contactAnswerSchema>,
  now = new Date(),
): Promise<{ to: string; delivery: AnswerDelivery }> {
  const { answerId, to } = await db().$transaction(async (tx) => {
    // The message's row locked: two admins answering at once get one answer and one refusal.
    const [message] = await tx.$queryRaw<Array<{ id: string; email: string }>>`
      SELECT "id", "email" FROM "ContactMessage" WHERE "id" = ${input.messageId} FOR UPDATE`;
    if (!message) throw contactRefusals.refuse("CONTACT_MESSAGE_NOT_FOUND");
    const scope = inboxScope(actor);
    if (!scope || !(await messageInScope(scope, message.id, tx))) throw contactRefusals.refuse("CONTACT_MESSAGE_OUT_OF_REGION");
    const existing = await tx.contactAnswer.findUnique({ where: { messageId: message.id }, select: { sentAt: true } });
    if (!mayAnswer(contactMessageStatus(existing))) throw contactRefusals.refuse("CONTACT_MESSAGE_ALREADY_ANSWERED");
    const answer = await tx.contactAnswer.create({
      data: { messageId: message.id, body: input.answer, answeredById: actor.id, answeredByEmail: actor.email, answeredAt: now },
      select: { id: true },
    });
    await tx.contactMessage.update({ where: { id: message.id }, data: { handledAt: now } });
    // Like the message's own row, the journal keeps no words of the exchange: who answered, when, how long.
    await audit(tx, actor, { action: "contact_message.answer", entityType: "ContactMessage", entityId: message.id, after: { characters: input.answer.length } });
    return { answerId: answer.id, to: message.email };
  });
  if (await deliverContactAnswer(db(), mailer(), answerId)) return { to, delivery: "sent" as const };
  try {
    await enqueueContactAnswers(await jobQueue());
  } catch (error) {
    // Still stored and shown unsent: the worker sends what is left when it starts.
    logger().error({ error: describeError(error) }, "contact : l'envoi différé de la réponse n'a pas pu être planifié");
  }
  return { to, delivery: "pending" };
}

/**
 * Sends one unsent answer, if no other sender holds it (or the one that did died, its claim older than the timeout).
 * True once sent; false when the relay refused it (the claim is released for the next sweep) or someone else has it.
 */
export async function deliverContactAnswer(client: PrismaClient, transport: Mailer, answerId: string, claimTimeoutMs = ANSWER_CLAIM_TIMEOUT_MS): Promise<boolean> {
  const [claimed] = await client.$queryRaw<Array<{ body: string; name: string; email: string; topic: string; createdAt: Date; message: string }>>`
    UPDATE "ContactAnswer" a SET "claimedAt" = now(), "attempts" = a."attempts" + 1
    FROM "ContactMessage" m
    WHERE a."id" = ${answerId} AND m."id" = a."messageId" AND a."sentAt" IS NULL
      AND (a."claimedAt" IS NULL OR a."claimedAt" < now() - make_interval(secs => ${claimTimeoutMs / 1000}))
    RETURNING a."body", m."name", m."email", m."topic", m."createdAt", m."message"`;
  if (!claimed) return false;
  const topicLabel = CONTACT_TOPIC_LABELS[claimed.topic as ContactTopic] ?? claimed.topic;
  try {
    const { messageId } = await transport.send({ to: claimed.email, ...contactAnswerMail({ ...claimed, topicLabel }, claimed.body) });
    await client.$executeRaw`
      UPDATE "ContactAnswer" SET "sentAt" = now(), "mailMessageId" = ${messageId}, "lastError" = NULL WHERE "id" = ${answerId}`;
    return true;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await client.$executeRaw`
      UPDATE "ContactAnswer" SET "claimedAt" = NULL, "lastError" = ${reason.slice(0, 500)} WHERE "id" = ${answerId} AND "sentAt" IS NULL`;
    logger().warn({ answerId, error: describeError(error) }, "contact : réponse non envoyée, le relais de messagerie l'a refusée");
    return false;
  }
}

export const countPendingContactAnswers = (client: PrismaClient) => client.contactAnswer.count({ where: { sentAt: null } });

export function describeContactAnswersRun({ sent, pending }: { sent: number; pending: number }): string {
  return `réponses aux messages de contact : ${formatCount(sent)} ${agreeing("envoyé", sent, ANSWER)}, ${formatCount(pending)} en attente`;
}

const ANSWER = nounOf("réponse", true);

/** The job's sweep: every answer still unsent and not held by a live sender, sent again. */
export async function sendPendingContactAnswers(client: PrismaClient, transport: Mailer, claimTimeoutMs = ANSWER_CLAIM_TIMEOUT_MS) {
  const pending = await client.contactAnswer.findMany({ where: { sentAt: null }, orderBy: { answeredAt: "asc" }, select: { id: true } });
  const report = { sent: 0, pending: 0 };
  for (const { id } of pending) {
    if (await deliverContactAnswer(client, transport, id, claimTimeoutMs)) report.sent += 1;
    else report.pending += 1;
  }
  return report;
}
