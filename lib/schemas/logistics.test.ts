import { describe, expect, it } from "vitest";
import { advanceOrderSchema, logisticsFilterSchema, TRACKING_NUMBER_REQUIRED, weekKeySchema } from "./logistics";
import { TRACKING_NUMBER_INVALID } from "./order-move";

function trackingError(trackingNumber?: string) {
  const result = advanceOrderSchema.safeParse({ orderId: "o1", to: "SHIPPED", trackingNumber });
  return result.success ? null : result.error.issues.map((i) => i.message);
}

describe("advancing an order", () => {
  it("requires a tracking number to ship, trimmed, 4 to 40 letters, digits or dashes", () => {
    expect(trackingError()).toEqual([TRACKING_NUMBER_REQUIRED]);
    expect(trackingError("   ")).toEqual([TRACKING_NUMBER_REQUIRED]);
    expect(trackingError("6A1")).toEqual([TRACKING_NUMBER_INVALID]);
    expect(trackingError("A".repeat(41))).toEqual([TRACKING_NUMBER_INVALID]);
    expect(trackingError("6A 123")).toEqual([TRACKING_NUMBER_INVALID]);
    expect(trackingError("6A12;=1")).toEqual([TRACKING_NUMBER_INVALID]);
    expect(advanceOrderSchema.parse({ orderId: "o1", to: "SHIPPED", trackingNumber: "  6A-12345678  " })).toEqual({
      orderId: "o1",
      to: "SHIPPED",
      trackingNumber: "6A-12345678",
    });
    expect(trackingError("A".repeat(40))).toBeNull();
  });

  it("ignores a tracking number on other moves", () => {
    expect(advanceOrderSchema.parse({ orderId: "o1", to: "DELIVERED", trackingNumber: "x" })).toEqual({ orderId: "o1", to: "DELIVERED", trackingNumber: undefined });
  });

  it("accepts only the logistics team's target statuses", () => {
    expect(advanceOrderSchema.safeParse({ orderId: "o1", to: "CANCELLED" }).error?.issues[0].message).toMatch(/^Étape inconnue/);
    expect(advanceOrderSchema.safeParse({ orderId: "", to: "DELIVERED" }).error?.issues[0].message).toBe("Commande introuvable.");
  });
});

describe("the logistics page's filters", () => {
  it("takes an ISO week key and a status", () => {
    expect(logisticsFilterSchema.parse({ semaine: "2026-W48", statut: "SHIPPED" })).toEqual({ semaine: "2026-W48", statut: "SHIPPED" });
    expect(logisticsFilterSchema.parse({})).toEqual({});
    expect(weekKeySchema.safeParse("2027-W53").error?.issues[0].message).toMatch(/^Semaine invalide/);
    expect(weekKeySchema.safeParse("2020-W53").success).toBe(true);
    expect(weekKeySchema.safeParse("2026-48").success).toBe(false);
    expect(logisticsFilterSchema.safeParse({ statut: "LOST" }).error?.issues[0].message).toBe("Statut inconnu.");
    expect(logisticsFilterSchema.safeParse({ statut: "CONFIRMED" }).error?.issues[0].message).toBe("Statut inconnu.");
  });
});
