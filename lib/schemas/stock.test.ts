import { describe, expect, it } from "vitest";
import { recordStockReceiptSchema } from "./stock";

describe("stock receipt schema", () => {
  it("takes a positive number of units and an optional reference", () => {
    expect(recordStockReceiptSchema.parse({ productId: "p1", quantity: "12 000", reference: "  BL-2026-118 " })).toEqual({ productId: "p1", quantity: 12_000, reference: "BL-2026-118" });
    expect(recordStockReceiptSchema.parse({ productId: "p1", quantity: "1", reference: "" }).reference).toBeNull();
  });

  it.each(["0", "-5", "", "1,5", "100000001"])("refuses the quantity %j", (quantity) => {
    expect(recordStockReceiptSchema.safeParse({ productId: "p1", quantity }).error?.issues[0]).toMatchObject({
      path: ["quantity"],
      message: "Indiquez le nombre d'unités reçues : un nombre entier d'au moins 1.",
    });
  });
});
