import "server-only";
import { inputRefusals } from "@/lib/domain/errors";
import type { OrderKind } from "@/lib/domain/orders/order-kind";
import { canTransition, channelOf, type OrderStatus } from "@/lib/domain/orders/order-status";
import { receiptDiscrepancies } from "@/lib/domain/orders/receipt";
import { orderRefusals } from "@/lib/domain/orders/refusals";
import { RECEIPT_NOTE_REQUIRED, type confirmReceiptSchema } from "@/lib/schemas/orders";
import type { z } from "@/lib/schemas/zod";
import type { Actor } from "../actor";
import { audit } from "../audit";
import { db } from "../db";

/**
 * The establishment confirms receipt of a shipped (or delivered) state order: the packs counted per line, a note when
 * a count differs from the order. This closes the order (RECEIVED), in one audited transaction on the locked row. The
 * ordered quantities are the database's, whatever the form sent.
 */
export async function confirmReceipt(actor: Pick<Actor, "id" | "email" | "establishmentFiness">, input: z.output<typeof confirmReceiptSchema>) {
  return db().$transaction(async (tx) => {
    const [order] = await tx.$queryRaw<Array<{ number: number; status: OrderStatus; kind: OrderKind; accountFiness: string }>>`
      SELECT "number", "status", "kind", "accountFiness" FROM "Order" WHERE "id" = ${input.orderId} FOR UPDATE`;
    // Another establishment's order is "not found": its existence is not theirs to learn.
    if (!order || order.accountFiness !== actor.establishmentFiness) throw orderRefusals.refuse("ORDER_NOT_FOUND");
    const channel = channelOf(order.kind);
    if (!canTransition(order.status, "RECEIVED", "ESTABLISHMENT", channel))
      throw orderRefusals.refuse("ORDER_TRANSITION_REFUSED", { from: order.status, to: "RECEIVED", channel });
    const lines = await tx.orderLine.findMany({ where: { orderId: input.orderId }, select: { id: true, packs: true }, orderBy: { id: "asc" } });
    const counted = new Map(input.lines.map((l) => [l.lineId, l.receivedPacks]));
    if (lines.some((l) => !counted.has(l.id)) || counted.size !== lines.length)
      throw inputRefusals.refuse("INVALID_FIELD", { issue: "Indiquez le nombre de boîtes reçues pour chaque produit de la commande." });
    const received = lines.map((l) => ({ lineId: l.id, orderedPacks: l.packs, receivedPacks: counted.get(l.id)! }));
    const discrepancies = receiptDiscrepancies(received);
    if (discrepancies.length > 0 && !input.note) throw inputRefusals.refuse("INVALID_FIELD", { issue: RECEIPT_NOTE_REQUIRED });
    for (const line of received) await tx.orderLine.update({ where: { id: line.lineId }, data: { receivedPacks: line.receivedPacks } });
    const at = new Date();
    await tx.order.update({ where: { id: input.orderId }, data: { status: "RECEIVED", receivedAt: at, receiptNote: input.note || null } });
    await audit(tx, actor, {
      action: "order.receive",
      entityType: "Order",
      entityId: input.orderId,
      before: { status: order.status },
      after: { status: "RECEIVED", discrepancies: discrepancies.map(({ lineId, orderedPacks, receivedPacks }) => ({ lineId, orderedPacks, receivedPacks })), ...(input.note ? { note: input.note } : {}) },
    });
    return { number: order.number, discrepancies: discrepancies.length };
  });
}
