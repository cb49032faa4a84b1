export type OrderKind = "STATE_STOCK" | "CONSORTIUM" | "EMERGENCY";

export const ORDER_KIND_LABELS: Record<OrderKind, string> = {
  STATE_STOCK: "Stock de l'État (contingenté)",
  CONSORTIUM: "Groupement RESAH – UniHA",
  EMERGENCY: "Dépannage urgent (hors contingent)",
};

/** Orders served from the state stock take units from it, and give them back when cancelled. */
export const takesStateStock = (kind: OrderKind) => kind !== "CONSORTIUM";

/** Only regular state-stock orders count against the weekly quota; an emergency top-up is outside it. */
export const countsAgainstQuota = (kind: OrderKind) => kind === "STATE_STOCK";

/**
 * The kinds the state's logistics team handles (/logistique, picking lists). A consortium order is the consortium's
 * to confirm, invoice and deliver: it never reaches the state's warehouse.
 */
export const STATE_LOGISTICS_KINDS = ["STATE_STOCK", "EMERGENCY"] as const satisfies readonly OrderKind[];
