import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "./actor";

type Tx = Prisma.TransactionClient;

/** Writes the audit row of a mutation, inside the mutation's own transaction. */
export async function audit(
  tx: Tx,
  actor: Pick<Actor, "id" | "email"> | null,
  entry: { action: string; entityType: string; entityId: string; before?: unknown; after?: unknown },
): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: actor?.id ?? null,
      actorEmail: actor?.email ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: (entry.before ?? undefined) as Prisma.InputJsonValue | undefined,
      after: (entry.after ?? undefined) as Prisma.InputJsonValue | undefined,
    },
  });
}
