import type { OrderStatus } from "./order-status";

/** The statuses the consortium moves its orders to. */
export const CONSORTIUM_TARGETS = ["CONFIRMED", "REFUSED", "SHIPPED", "DELIVERED"] as const satisfies readonly OrderStatus[];
export type ConsortiumTarget = (typeof CONSORTIUM_TARGETS)[number];

/** What the consortium operator's button says, for each move. */
export const CONSORTIUM_MOVE_LABELS: Record<ConsortiumTarget, string> = {
  CONFIRMED: "Confirmer",
  REFUSED: "Refuser",
  SHIPPED: "Marquer expédiée",
  DELIVERED: "Marquer livrée",
};

/** How the audit log names each consortium move. */
export const CONSORTIUM_MOVE_ACTIONS: Record<ConsortiumTarget, string> = {
  CONFIRMED: "order.consortium.confirm",
  REFUSED: "order.consortium.refuse",
  SHIPPED: "order.consortium.ship",
  DELIVERED: "order.consortium.deliver",
};
