import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "../actor";
import { audit } from "../audit";

/**
 * The journal's row for an order placed, whichever way it came (the establishment's order, an allocation round's,
 * an approved emergency top-up): its number, then what says how it was placed. The establishment's own order writes the
 * same row in SQL, in the place_order function (placeOrder).
 */
export function auditOrderPlaced(
  tx: Prisma.TransactionClient,
  actor: Pick<Actor, "id" | "email"> | null,
  order: { id: string; number: number },
  placed: Record<string, unknown>,
): Promise<void> {
  return audit(tx, actor, { action: "order.place", entityType: "Order", entityId: order.id, after: { number: order.number, ...placed } });
}
