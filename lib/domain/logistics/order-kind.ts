/** Mirrors the Prisma `OrderKind` enum, which the domain must not import. */
export type OrderKind = "STATE_STOCK" | "CONSORTIUM";

/** How an order's kind is shown to logisticians: who pays, who supplies. */
export const ORDER_KIND_LABELS: Record<OrderKind, string> = {
  STATE_STOCK: "État gratuit",
  CONSORTIUM: "Groupement payant",
};
