import { ORDER_STATUSES, ORDER_TRANSITIONS, type OrderStatus } from "../orders/order-status";

/** The statuses the logistics team moves orders to, in the order of the lifecycle. */
export const LOGISTICS_TARGETS = ["IN_PREPARATION", "SHIPPED", "DELIVERED"] as const satisfies readonly OrderStatus[];
export type LogisticsTarget = (typeof LOGISTICS_TARGETS)[number];

/** The logistics team's next move from a status, read from the transition table; null when it has none. */
export function nextLogisticsMove(from: OrderStatus): LogisticsTarget | null {
  const move = ORDER_TRANSITIONS.find((t) => t.from === from && t.by === "LOGISTICS");
  return (move?.to as LogisticsTarget | undefined) ?? null;
}

/** What the logistician's button says, for each move. */
export const LOGISTICS_MOVE_LABELS: Record<LogisticsTarget, string> = {
  IN_PREPARATION: "Mettre en préparation",
  SHIPPED: "Marquer expédiée",
  DELIVERED: "Marquer livrée",
};

/** Orders still to pick in the warehouse: the picking list's content. */
export const TO_PREPARE: readonly OrderStatus[] = ["SUBMITTED", "IN_PREPARATION"];

/** Orders per status, every status present (zero included), in the lifecycle's order. */
export function countByStatus(orders: ReadonlyArray<{ status: OrderStatus; count: number }>): Record<OrderStatus, number> {
  const counts = Object.fromEntries(ORDER_STATUSES.map((status) => [status, 0])) as Record<OrderStatus, number>;
  for (const { status, count } of orders) counts[status] += count;
  return counts;
}
