"use server";

import { contactMessageSchema } from "@/lib/schemas/contact";
import { publicAction } from "@/lib/server/action";
import { audit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";

export const sendContactMessageAction = publicAction(contactMessageSchema, async (data) =>
  db().$transaction(async (tx) => {
    const { id } = await tx.contactMessage.create({ data, select: { id: true } });
    // The audit trail cannot be erased: it keeps the topic, never the sender's name, address or words.
    await audit(tx, null, {
      action: "contact_message.create",
      entityType: "ContactMessage",
      entityId: id,
      after: { topic: data.topic, finess: data.finess ?? null },
    });
    return { id };
  }),
);
