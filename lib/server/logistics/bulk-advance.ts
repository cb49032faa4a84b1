import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { BULK_MOVE_MAX, refusedBulkMoves } from "@/lib/domain/logistics/bulk-moves";
import { logisticsMoveFrom } from "@/lib/domain/logistics/logistics-move";
import { logisticsRefusals } from "@/lib/domain/logistics/refusals";
import { STATE_LOGISTICS_KINDS } from "@/lib/domain/orders/order-kind";
import type { OrderStatus } from "@/lib/domain/orders/order-status";
import type { BulkAdvanceInput } from "@/lib/schemas/logistics";
import type { Actor } from "../actor";
import { db } from "../db";
import type { PrismaClient } from "../prisma";
import { MOVES } from "../orders/advance-order";

/**
 * A logistician moves many orders of the state's logistics to their next status at once (preparation or delivery):
 * all or nothing, in one transaction. One statement moves the orders still at the move's starting status and writes
 * their audit rows (500 orders: one round trip, not 500 rows through the client). An order it did not move (moved
 * meanwhile by someone else, not the logistics' to move, unknown) refuses the lot, naming it; the rollback undoes the
 * rest. Of two logisticians moving the same orders at once, the second waits on the row locks, then finds them moved.
 */
export async function advanceOrders(actor: Pick<Actor, "id" | "email">, { orderIds, to }: BulkAdvanceInput, client: PrismaClient = db()) {
  const ids = [...new Set(orderIds)];
  if (ids.length === 0) throw logisticsRefusals.refuse("BULK_NOTHING_SELECTED");
  if (ids.length > BULK_MOVE_MAX) throw logisticsRefusals.refuse("BULK_TOO_MANY", { max: BULK_MOVE_MAX });
  const move = MOVES[to];
  const from = logisticsMoveFrom(to);
  const kinds = [...STATE_LOGISTICS_KINDS];
  return client.$transaction(async (tx) => {
    const moved = await tx.$queryRaw<Array<{ id: string; number: number }>>`
      WITH moved AS (
        UPDATE "Order" SET "status" = ${to}::"OrderStatus", ${Prisma.raw(`"${move.timestamp}"`)} = now(), "updatedAt" = now()
        WHERE "id" = ANY(${ids}::text[]) AND "status" = ${from}::"OrderStatus" AND "kind"::text = ANY(${kinds}::text[])
        RETURNING "id", "number"
      ), audited AS (
        INSERT INTO "AuditLog" ("actorId", "actorEmail", "action", "entityType", "entityId", "before", "after")
        SELECT ${actor.id}, ${actor.email}, ${move.action}, 'Order', "id",
               jsonb_build_object('status', ${from}::text), jsonb_build_object('status', ${to}::text, 'bulk', true)
        FROM moved
      )
      SELECT "id", "number" FROM moved ORDER BY "number"`;
    if (moved.length < ids.length) {
      const movedIds = new Set(moved.map((o) => o.id));
      const missing = ids.filter((id) => !movedIds.has(id));
      const found = await tx.$queryRaw<Array<{ id: string; number: number; status: OrderStatus }>>`
        SELECT "id", "number", "status" FROM "Order" WHERE "id" = ANY(${missing}::text[]) AND "kind"::text = ANY(${kinds}::text[])`;
      const refused = refusedBulkMoves(missing, found, to);
      throw logisticsRefusals.refuse("BULK_MOVE_REFUSED", { to, refused: refused.map(({ number, status }) => ({ number, status })) });
    }
    return { moved: moved.length, to, numbers: moved.map((o) => o.number) };
  });
}
