import { orderStatusLabel, type OrderChannel, type OrderStatus } from "@/lib/domain/orders/order-status";

const SEVERITY: Record<OrderStatus, string> = {
  SUBMITTED: "fr-badge--info",
  CONFIRMED: "fr-badge--new",
  IN_PREPARATION: "fr-badge--new",
  SHIPPED: "fr-badge--info",
  DELIVERED: "fr-badge--success",
  RECEIVED: "fr-badge--success",
  REFUSED: "fr-badge--error",
  CANCELLED: "fr-badge--error",
};

/** A status badge; a consortium order's words (« Transmise au groupement ») when its channel is given. */
export function OrderStatusBadge({ status, channel = "STATE" }: { status: OrderStatus; channel?: OrderChannel }) {
  return <span className={`fr-badge fr-badge--sm ${SEVERITY[status]}`}>{orderStatusLabel(channel, status)}</span>;
}
