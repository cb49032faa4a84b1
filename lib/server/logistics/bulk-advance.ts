import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { BULK_MOVE_MAX, refusedBulkMoves } from "@/lib/domain/logistics/bulk-moves";
import { logisticsRefusals } from "@/lib/domain/logistics/refusals";
import { STATE_LOGISTICS_KINDS } from "@/lib/domain/orders/order-kind";
import type { OrderStatus } from "@/lib/domain/orders/order-status";
import type { BulkAdvanceInput } from "@/lib/schemas/logistics";
import type { Actor } from "../actor";
import { auditMany } from "../audit";
import { db } from "../db";
import type { PrismaClient } from "../prisma";
import { MOVES } from "../orders/advance-order";

/**
 * A logistician moves many orders of the state's logistics to their next status at once (preparation or delivery):
 * all or nothing, in one transaction that locks the rows, with one audit row per order. One order that cannot make
 * the move (moved meanwhile, not the logistics' to move) refuses the lot, naming it.
 */
export async function advanceOrders(actor: Pick<Actor, "id" | "email">, { orderIds, to }: BulkAdvanceInput, client: PrismaClient = db()) {
  const ids = [...new Set(orderIds)];
  if (ids.length === 0) throw logisticsRefusals.refuse("BULK_NOTHING_SELECTED");
  if (ids.length > BULK_MOVE_MAX) throw logisticsRefusals.refuse("BULK_TOO_MANY", { max: BULK_MOVE_MAX });
  const move = MOVES[to];
  return client.$transaction(async (tx) => {
    const found = await tx.$queryRaw<Array<{ id: string; number: number; status: OrderStatus }>>`
      SELECT "id", "number", "status" FROM "Order"
      WHERE "id" IN (${Prisma.join(ids)}) AND "kind"::text IN (${Prisma.join([...STATE_LOGISTICS_KINDS])})
      ORDER BY "id" FOR UPDATE`;
    const refused = refusedBulkMoves(ids, found, to);
    if (refused.length > 0) throw logisticsRefusals.refuse("BULK_MOVE_REFUSED", { to, refused: refused.map(({ number, status }) => ({ number, status })) });
    const at = new Date();
    await tx.order.updateMany({ where: { id: { in: ids } }, data: { status: to, [move.timestamp]: at } });
    await auditMany(
      tx,
      actor,
      found.map((order) => ({ action: move.action, entityType: "Order", entityId: order.id, before: { status: order.status }, after: { status: to, bulk: true } })),
    );
    return { moved: found.length, to, numbers: found.map((o) => o.number).sort((a, b) => a - b) };
  });
}
