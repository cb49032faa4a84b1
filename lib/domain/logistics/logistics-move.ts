import { ORDER_STATUSES, ORDER_TRANSITIONS, type OrderStatus } from "../orders/order-status";

/** The statuses the logistics team moves orders to, in the order of the lifecycle. */
export const LOGISTICS_TARGETS = ["IN_PREPARATION", "SHIPPED", "DELIVERED"] as const satisfies readonly OrderStatus[];
export type LogisticsTarget = (typeof LOGISTICS_TARGETS)[number];

/** The logistics team's next move from a status, read from the transition table; null when it has none. */
export function nextLogisticsMove(from: OrderStatus): LogisticsTarget | null {
  const move = ORDER_TRANSITIONS.find((t) => t.from === from && t.by === "LOGISTICS");
  return (move?.to as LogisticsTarget | undefined) ?? null;
}

/**
 * The one status the logistics team moves an order from to reach `to`, read from the state channel's transition table:
 * a bulk move touches only the orders still there, so one already moved by someone else is never moved twice.
 */
export function logisticsMoveFrom(to: LogisticsTarget): OrderStatus {
  const moves = ORDER_TRANSITIONS.filter((t) => t.channel === "STATE" && t.to === to && t.by === "LOGISTICS");
  if (moves.length !== 1) throw new Error(`The state's lifecycle must reach ${to} by logistics from exactly one status`);
  return moves[0].from;
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
