import "server-only";
import { inputRefusals } from "@/lib/domain/errors";
import { CONSORTIUM_MOVE_ACTIONS } from "@/lib/domain/orders/consortium-move";
import type { OrderKind } from "@/lib/domain/orders/order-kind";
import { canTransition, statusDateField, type OrderStatus } from "@/lib/domain/orders/order-status";
import { orderRefusals } from "@/lib/domain/orders/refusals";
import { advanceConsortiumOrderSchema, type AdvanceConsortiumOrderInput } from "@/lib/schemas/consortium";
import type { Actor } from "../actor";
import { audit } from "../audit";
import { db } from "../db";

/**
 * The consortium moves one of its orders (confirm, refuse, ship, deliver), dated and audited in one transaction. The
 * row is locked: of two operators answering the same order at once, the second reads the first one's status and gets
 * the refusal. A state order is « not found »: it is not the consortium's.
 */
export async function advanceConsortiumOrder(actor: Pick<Actor, "id" | "email">, input: AdvanceConsortiumOrderInput) {
  const parsed = advanceConsortiumOrderSchema.safeParse(input);
  if (!parsed.success) throw inputRefusals.refuse("INVALID_FIELD", { issue: parsed.error.issues[0].message });
  const { orderId, to, reason, trackingNumber } = parsed.data;
  return db().$transaction(async (tx) => {
    const [order] = await tx.$queryRaw<Array<{ number: number; status: OrderStatus; kind: OrderKind }>>`
      SELECT "number", "status", "kind" FROM "Order" WHERE "id" = ${orderId} FOR UPDATE`;
    if (!order || order.kind !== "CONSORTIUM") throw orderRefusals.refuse("ORDER_NOT_FOUND");
    if (!canTransition(order.status, to, "CONSORTIUM", "CONSORTIUM"))
      throw orderRefusals.refuse("ORDER_TRANSITION_REFUSED", { from: order.status, to, channel: "CONSORTIUM" });
    const at = new Date();
    const details = { ...(reason ? { refusalReason: reason } : {}), ...(trackingNumber ? { trackingNumber } : {}) };
    await tx.order.update({ where: { id: orderId }, data: { status: to, [statusDateField(to)]: at, ...details } });
    await audit(tx, actor, {
      action: CONSORTIUM_MOVE_ACTIONS[to],
      entityType: "Order",
      entityId: orderId,
      before: { status: order.status },
      after: { status: to, ...details },
    });
    return { orderId, number: order.number, status: to, at };
  });
}
