import "server-only";
import { contactMessageStatus, inboxScope, mayTakeInHand } from "@/lib/domain/contact/inbox";
import { contactRefusals } from "@/lib/domain/contact/refusals";
import type { contactInProgressSchema } from "@/lib/schemas/contact";
import type { z } from "@/lib/schemas/zod";
import type { Actor } from "../actor";
import { audit } from "../audit";
import { db } from "../db";
import { messageInScope } from "./inbox";

/** A reader takes a new message in hand (« en cours »): the mark and its audit row commit together. */
export async function takeContactMessageInHand(actor: Actor, input: z.output<typeof contactInProgressSchema>, now = new Date()) {
  return db().$transaction(async (tx) => {
    // The row locked: two readers taking it at once get one mark and one refusal naming the other.
    const [message] = await tx.$queryRaw<Array<{ id: string; inProgressAt: Date | null; inProgressByEmail: string | null }>>`
      SELECT "id", "inProgressAt", "inProgressByEmail" FROM "ContactMessage" WHERE "id" = ${input.messageId} FOR UPDATE`;
    if (!message) throw contactRefusals.refuse("CONTACT_MESSAGE_NOT_FOUND");
    const scope = inboxScope(actor);
    if (!scope || !(await messageInScope(scope, message.id, tx))) throw contactRefusals.refuse("CONTACT_MESSAGE_OUT_OF_REGION");
    const answer = await tx.contactAnswer.findUnique({ where: { messageId: message.id }, select: { sentAt: true } });
    const status = contactMessageStatus(answer, message.inProgressAt);
    if (status === "IN_PROGRESS") throw contactRefusals.refuse("CONTACT_MESSAGE_ALREADY_IN_PROGRESS", { by: message.inProgressByEmail ?? "un autre lecteur" });
    if (!mayTakeInHand(status)) throw contactRefusals.refuse("CONTACT_MESSAGE_ALREADY_ANSWERED");
    await tx.contactMessage.update({ where: { id: message.id }, data: { inProgressAt: now, inProgressByEmail: actor.email } });
    await audit(tx, actor, {
      action: "contact_message.in-progress",
      entityType: "ContactMessage",
      entityId: message.id,
      before: { status: "NEW" },
      after: { status: "IN_PROGRESS" },
    });
    return { by: actor.email };
  });
}
