export const ORDER_STATUSES = ["SUBMITTED", "IN_PREPARATION", "SHIPPED", "DELIVERED", "CANCELLED"] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** Who moves an order: the establishment that placed it, or the logistics team. */
export type OrderActor = "ESTABLISHMENT" | "LOGISTICS";

/** Every allowed move, and who may make it; anything absent is refused. */
export const ORDER_TRANSITIONS: ReadonlyArray<{ from: OrderStatus; to: OrderStatus; by: OrderActor }> = [
  { from: "SUBMITTED", to: "IN_PREPARATION", by: "LOGISTICS" },
  { from: "IN_PREPARATION", to: "SHIPPED", by: "LOGISTICS" },
  { from: "SHIPPED", to: "DELIVERED", by: "LOGISTICS" },
  // Once preparation starts the parcel exists: only a submitted order can be cancelled.
  { from: "SUBMITTED", to: "CANCELLED", by: "ESTABLISHMENT" },
];

export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  SUBMITTED: "Transmise",
  IN_PREPARATION: "En préparation",
  SHIPPED: "Expédiée",
  DELIVERED: "Livrée",
  CANCELLED: "Annulée",
};

export function canTransition(from: OrderStatus, to: OrderStatus, by: OrderActor): boolean {
  return ORDER_TRANSITIONS.some((t) => t.from === from && t.to === to && t.by === by);
}
