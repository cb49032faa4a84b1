import "server-only";
import { orderRefusals } from "@/lib/domain/orders/refusals";
import { countsAgainstQuota, takesStateStock, type OrderKind } from "@/lib/domain/orders/order-kind";
import { canTransition, channelOf, type OrderStatus } from "@/lib/domain/orders/order-status";
import type { Actor } from "../actor";
import { audit } from "../audit";
import { db } from "../db";

/**
 * Cancels a submitted order of the actor's establishment, in one transaction: a state order gives its quota and stock
 * back; a consortium order, forwarded but not yet confirmed, is simply withdrawn.
 */
export async function cancelOrder(actor: Pick<Actor, "id" | "email" | "establishmentFiness">, orderId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const [order] = await tx.$queryRaw<Array<{ status: OrderStatus; kind: OrderKind; week: string; accountFiness: string }>>`
      SELECT "status", "kind", "week", "accountFiness" FROM "Order" WHERE "id" = ${orderId} FOR UPDATE`;
    // Another establishment's order is "not found": its existence is not theirs to learn.
    if (!order || order.accountFiness !== actor.establishmentFiness) throw orderRefusals.refuse("ORDER_NOT_FOUND");
    const channel = channelOf(order.kind);
    if (!canTransition(order.status, "CANCELLED", "ESTABLISHMENT", channel))
      throw orderRefusals.refuse("ORDER_TRANSITION_REFUSED", { from: order.status, to: "CANCELLED", channel });
    await tx.order.update({ where: { id: orderId }, data: { status: "CANCELLED", cancelledAt: new Date() } });
    const lines = await tx.orderLine.findMany({ where: { orderId }, orderBy: { productId: "asc" } });
    if (countsAgainstQuota(order.kind)) {
      const byCategory = new Map<string, number>();
      for (const line of lines) byCategory.set(line.categoryCode, (byCategory.get(line.categoryCode) ?? 0) + line.units);
      for (const [categoryCode, units] of [...byCategory].sort(([a], [b]) => a.localeCompare(b))) {
        await tx.$executeRaw`
          UPDATE "WeeklyQuotaUsage" SET "usedUnits" = "usedUnits" - ${units}
          WHERE "accountFiness" = ${order.accountFiness} AND "categoryCode" = ${categoryCode} AND "week" = ${order.week}`;
      }
    }
    if (takesStateStock(order.kind)) {
      for (const line of lines) {
        await tx.$executeRaw`
          UPDATE "NationalStock" SET "quantity" = "quantity" + ${line.units}, "updatedAt" = now() WHERE "productId" = ${line.productId}`;
      }
    }
    await audit(tx, actor, { action: "order.cancel", entityType: "Order", entityId: orderId, before: { status: order.status }, after: { status: "CANCELLED" } });
  });
}
