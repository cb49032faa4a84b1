import "server-only";
import { randomUUID } from "node:crypto";
import type { contactMessageSchema } from "@/lib/schemas/contact";
import type { z } from "@/lib/schemas/zod";
import { db } from "../db";

/**
 * Stores a message of the public form and its audit row in one SQL statement — atomic by itself, so no transaction
 * stays open between round trips: a flood of anonymous messages cannot keep the pool's connections (decision 0009).
 * The audit trail keeps the topic, never the sender's name, address or words.
 */
export async function storeContactMessage(message: z.output<typeof contactMessageSchema>, now = new Date()): Promise<{ id: string }> {
  const id = randomUUID();
  const after = JSON.stringify({ topic: message.topic, finess: message.finess ?? null });
  await db().$executeRaw`
    WITH stored AS (
      INSERT INTO "ContactMessage" ("id", "createdAt", "name", "email", "finess", "topic", "message")
      VALUES (${id}, ${now}, ${message.name}, ${message.email}, ${message.finess ?? null}, ${message.topic}, ${message.message})
      RETURNING "id"
    )
    INSERT INTO "AuditLog" ("at", "action", "entityType", "entityId", "after")
    SELECT ${now}, 'contact_message.create', 'ContactMessage', stored."id", ${after}::jsonb FROM stored`;
  return { id };
}
