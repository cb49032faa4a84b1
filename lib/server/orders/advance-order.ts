import "server-only";
import { inputRefusals } from "@/lib/domain/errors";
import { orderRefusals } from "@/lib/domain/orders/refusals";
import type { LogisticsTarget } from "@/lib/domain/logistics/logistics-move";
import type { OrderKind } from "@/lib/domain/orders/order-kind";
import { canTransition, channelOf, type OrderStatus } from "@/lib/domain/orders/order-status";
import { advanceOrderSchema, type AdvanceOrderInput } from "@/lib/schemas/logistics";
import type { Actor } from "../actor";
import { audit } from "../audit";
import { db } from "../db";

/** What each logistics move stamps on the order, and how the audit log names it. */
export const MOVES: Record<LogisticsTarget, { timestamp: "preparedAt" | "shippedAt" | "deliveredAt"; action: string }> = {
  IN_PREPARATION: { timestamp: "preparedAt", action: "order.prepare" },
  SHIPPED: { timestamp: "shippedAt", action: "order.ship" },
  DELIVERED: { timestamp: "deliveredAt", action: "order.deliver" },
};

/**
 * A logistician moves an order to its next status. The order row is locked for the transaction: of two logisticians
 * moving the same order at once, the second reads the first one's status and gets the refusal.
 */
export async function advanceOrder(actor: Pick<Actor, "id" | "email">, input: AdvanceOrderInput) {
  const parsed = advanceOrderSchema.safeParse(input);
  if (!parsed.success) throw inputRefusals.refuse("INVALID_FIELD", { issue: parsed.error.issues[0].message });
  const { orderId, to, trackingNumber } = parsed.data;
  const move = MOVES[to];
  return db().$transaction(async (tx) => {
    const [order] = await tx.$queryRaw<Array<{ number: number; status: OrderStatus; kind: OrderKind }>>`
      SELECT "number", "status", "kind" FROM "Order" WHERE "id" = ${orderId} FOR UPDATE`;
    // A consortium order is not the state's logistics' to see: the consortium confirms, invoices and delivers it.
    if (!order || channelOf(order.kind) !== "STATE") throw orderRefusals.refuse("ORDER_NOT_FOUND");
    if (!canTransition(order.status, to, "LOGISTICS")) throw orderRefusals.refuse("ORDER_TRANSITION_REFUSED", { from: order.status, to });
    const at = new Date();
    await tx.order.update({
      where: { id: orderId },
      data: { status: to, [move.timestamp]: at, ...(trackingNumber ? { trackingNumber } : {}) },
    });
    await audit(tx, actor, {
      action: move.action,
      entityType: "Order",
      entityId: orderId,
      before: { status: order.status },
      after: { status: to, ...(trackingNumber ? { trackingNumber } : {}) },
    });
    return { orderId, number: order.number, status: to, at };
  });
}
