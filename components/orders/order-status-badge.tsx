import { ORDER_STATUS_LABELS, type OrderStatus } from "@/lib/domain/orders/order-status";

const SEVERITY: Record<OrderStatus, string> = {
  SUBMITTED: "fr-badge--info",
  IN_PREPARATION: "fr-badge--new",
  SHIPPED: "fr-badge--info",
  DELIVERED: "fr-badge--success",
  CANCELLED: "fr-badge--error",
};

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return <span className={`fr-badge fr-badge--sm ${SEVERITY[status]}`}>{ORDER_STATUS_LABELS[status]}</span>;
}
