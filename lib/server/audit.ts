import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "./actor";

type Tx = Prisma.TransactionClient;
type AuditActor = Pick<Actor, "id" | "email"> | null;
type AuditEntry = { action: string; entityType: string; entityId: string; before?: unknown; after?: unknown };

function auditRow(actor: AuditActor, entry: AuditEntry): Prisma.AuditLogCreateManyInput {
  return {
    actorId: actor?.id ?? null,
    actorEmail: actor?.email ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: (entry.before ?? undefined) as Prisma.InputJsonValue | undefined,
    after: (entry.after ?? undefined) as Prisma.InputJsonValue | undefined,
  };
}

/** Writes the audit row of a mutation, inside the mutation's own transaction. */
export async function audit(tx: Tx, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({ data: auditRow(actor, entry) });
}

/** Many audit rows of one actor in one statement (a bulk move over hundreds of orders), in the caller's transaction. */
export async function auditMany(tx: Tx, actor: AuditActor, entries: readonly AuditEntry[]): Promise<void> {
  await tx.auditLog.createMany({ data: entries.map((entry) => auditRow(actor, entry)) });
}
