import type { OrderKind } from "../orders/order-kind";

/**
 * The order's kind as the warehouse reads it in its table: who pays. The ordering pages name the channel instead
 * (`ORDER_KIND_LABELS`).
 */
export const LOGISTICS_KIND_LABELS: Record<OrderKind, string> = {
  STATE_STOCK: "État gratuit",
  CONSORTIUM: "Groupement payant",
  EMERGENCY: "Dépannage urgent gratuit",
};
