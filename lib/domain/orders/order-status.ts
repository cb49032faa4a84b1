import type { OrderKind } from "./order-kind";

/** Every status an order can hold, whichever its channel, in lifecycle order. */
export const ORDER_STATUSES = ["SUBMITTED", "CONFIRMED", "IN_PREPARATION", "SHIPPED", "DELIVERED", "RECEIVED", "REFUSED", "CANCELLED"] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/**
 * Two channels, two lifecycles. The state's (stock de l'État, dépannage urgent): the logistics team prepares, ships
 * and marks delivered, the establishment confirms receipt, which closes the order. The consortium's (RESAH – UniHA, a
 * commercial channel): the portal forwards the order, the consortium confirms or refuses it, ships and delivers it.
 */
export type OrderChannel = "STATE" | "CONSORTIUM";
export const ORDER_CHANNELS: readonly OrderChannel[] = ["STATE", "CONSORTIUM"];
export const channelOf = (kind: OrderKind): OrderChannel => (kind === "CONSORTIUM" ? "CONSORTIUM" : "STATE");

/** The statuses an order of the state's channel can hold, in lifecycle order: what the state's logistics see. */
export const STATE_STATUSES = ["SUBMITTED", "IN_PREPARATION", "SHIPPED", "DELIVERED", "RECEIVED", "CANCELLED"] as const satisfies readonly OrderStatus[];

/** The statuses an order of a channel can hold, in lifecycle order. */
export const CHANNEL_STATUSES: Record<OrderChannel, readonly OrderStatus[]> = {
  STATE: STATE_STATUSES,
  CONSORTIUM: ["SUBMITTED", "CONFIRMED", "SHIPPED", "DELIVERED", "REFUSED", "CANCELLED"],
};

/** Who moves an order: the establishment that placed it, the state's logistics team, or the consortium. */
export type OrderActor = "ESTABLISHMENT" | "LOGISTICS" | "CONSORTIUM";

export interface OrderTransition {
  channel: OrderChannel;
  from: OrderStatus;
  to: OrderStatus;
  by: OrderActor;
}

type Move = readonly [from: OrderStatus, to: OrderStatus];

/** Every allowed move, per channel and per actor who may make it; anything absent is refused. */
const MOVES: Record<OrderChannel, Partial<Record<OrderActor, readonly Move[]>>> = {
  STATE: {
    LOGISTICS: [["SUBMITTED", "IN_PREPARATION"], ["IN_PREPARATION", "SHIPPED"], ["SHIPPED", "DELIVERED"]],
    // Proof of delivery: the establishment counts what arrived, whether or not the carrier has reported it delivered.
    // Once preparation starts the parcel exists: only a submitted order can be cancelled.
    ESTABLISHMENT: [["SHIPPED", "RECEIVED"], ["DELIVERED", "RECEIVED"], ["SUBMITTED", "CANCELLED"]],
  },
  CONSORTIUM: {
    CONSORTIUM: [["SUBMITTED", "CONFIRMED"], ["SUBMITTED", "REFUSED"], ["CONFIRMED", "REFUSED"], ["CONFIRMED", "SHIPPED"], ["SHIPPED", "DELIVERED"]],
    // A confirmed consortium order is a commitment (purchase order): only a forwarded one can be withdrawn.
    ESTABLISHMENT: [["SUBMITTED", "CANCELLED"]],
  },
};

/** The moves as a list, channel by channel and actor by actor, in the order written above. */
export const ORDER_TRANSITIONS: readonly OrderTransition[] = ORDER_CHANNELS.flatMap((channel) =>
  Object.entries(MOVES[channel]).flatMap(([by, moves]) => moves.map(([from, to]) => ({ channel, from, to, by: by as OrderActor }))),
);

export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  SUBMITTED: "Transmise",
  CONFIRMED: "Confirmée",
  IN_PREPARATION: "En préparation",
  SHIPPED: "Expédiée",
  DELIVERED: "Livrée",
  RECEIVED: "Reçue",
  REFUSED: "Refusée",
  CANCELLED: "Annulée",
};

/** A status as the establishment reads it: a consortium order is « transmise au groupement ». */
export function orderStatusLabel(channel: OrderChannel, status: OrderStatus): string {
  return channel === "CONSORTIUM" && status === "SUBMITTED" ? "Transmise au groupement" : ORDER_STATUS_LABELS[status];
}

/** Whether `by` may move an order of the channel (the state's by default) from one status to another. */
export function canTransition(from: OrderStatus, to: OrderStatus, by: OrderActor, channel: OrderChannel = "STATE"): boolean {
  return ORDER_TRANSITIONS.some((t) => t.channel === channel && t.from === from && t.to === to && t.by === by);
}

/** The moves `by` may make from a status, in the table's order. */
export function movesFrom(channel: OrderChannel, from: OrderStatus, by: OrderActor): OrderStatus[] {
  return ORDER_TRANSITIONS.filter((t) => t.channel === channel && t.from === from && t.by === by).map((t) => t.to);
}

/** The date each status was reached, as the order row keeps them. */
export interface OrderStatusDates {
  createdAt: Date;
  confirmedAt?: Date | null;
  preparedAt?: Date | null;
  shippedAt?: Date | null;
  deliveredAt?: Date | null;
  receivedAt?: Date | null;
  refusedAt?: Date | null;
  cancelledAt?: Date | null;
}

const DATE_OF: Record<OrderStatus, keyof OrderStatusDates> = {
  SUBMITTED: "createdAt",
  CONFIRMED: "confirmedAt",
  IN_PREPARATION: "preparedAt",
  SHIPPED: "shippedAt",
  DELIVERED: "deliveredAt",
  RECEIVED: "receivedAt",
  REFUSED: "refusedAt",
  CANCELLED: "cancelledAt",
};

/** The column that dates a status: set by the move that reaches it. */
export const statusDateField = (status: OrderStatus) => DATE_OF[status];

/** Each status the order went through, dated, oldest first (the channel's order breaks ties). */
export function statusHistory(channel: OrderChannel, dates: OrderStatusDates): Array<{ status: OrderStatus; label: string; at: Date }> {
  return CHANNEL_STATUSES[channel]
    .flatMap((status) => {
      const at = dates[DATE_OF[status]];
      return at ? [{ status, label: orderStatusLabel(channel, status), at }] : [];
    })
    .sort((a, b) => a.at.getTime() - b.at.getTime());
}
