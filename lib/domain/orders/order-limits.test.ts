import { describe, expect, it } from "vitest";
import { fitOrderToLimits, unitsByCategory, type RequestedLine } from "./order-limits";

const ffp2: RequestedLine = { productId: "ffp2", productName: "Masque FFP2 (boîte de 20)", categoryCode: "FFP2", packSize: 20, packs: 5 };
const surgical: RequestedLine = { productId: "chir", productName: "Masque chirurgical (boîte de 50)", categoryCode: "CHIR", packSize: 50, packs: 2 };

describe("fitting an order to quota and stock", () => {
  it("accepts what fits and changes nothing in it", () => {
    const result = fitOrderToLimits([ffp2, surgical], {
      remainingQuota: new Map([["FFP2", 100], ["CHIR", 100]]),
      stock: new Map([["ffp2", 1000], ["chir", 1000]]),
    });
    expect(result).toEqual({ fits: true, shortfalls: [], counterOffer: [ffp2, surgical] });
  });

  it("cuts a line to the remaining quota, in whole packs, and says the quota is the limit", () => {
    const result = fitOrderToLimits([ffp2], { remainingQuota: new Map([["FFP2", 70]]), stock: new Map([["ffp2", 1000]]) });
    expect(result.fits).toBe(false);
    expect(result.shortfalls).toEqual([{ productId: "ffp2", productName: ffp2.productName, requestedPacks: 5, availablePacks: 3, limit: "QUOTA" }]);
    expect(result.counterOffer).toEqual([{ ...ffp2, packs: 3 }]);
  });

  it("names the stock when the stock is the tighter limit", () => {
    const result = fitOrderToLimits([ffp2], { remainingQuota: new Map([["FFP2", 1000]]), stock: new Map([["ffp2", 45]]) });
    expect(result.shortfalls[0]).toMatchObject({ availablePacks: 2, limit: "STOCK" });
  });

  it("shares a category's quota between the lines in order, and drops lines cut to nothing", () => {
    const other: RequestedLine = { ...ffp2, productId: "ffp2-b", productName: "FFP2 B", packs: 2 };
    const result = fitOrderToLimits([ffp2, other], {
      remainingQuota: new Map([["FFP2", 100]]),
      stock: new Map([["ffp2", 1000], ["ffp2-b", 1000]]),
    });
    expect(result.counterOffer).toEqual([ffp2]);
    expect(result.shortfalls).toEqual([{ productId: "ffp2-b", productName: "FFP2 B", requestedPacks: 2, availablePacks: 0, limit: "QUOTA" }]);
  });

  it("treats a missing or negative limit as nothing left", () => {
    const result = fitOrderToLimits([ffp2], { remainingQuota: new Map([["FFP2", -20]]), stock: new Map() });
    expect(result.counterOffer).toEqual([]);
    expect(result.shortfalls[0].availablePacks).toBe(0);
  });

  it("sums units per category", () => {
    expect(unitsByCategory([ffp2, surgical, { ...ffp2, packs: 1 }])).toEqual(new Map([["FFP2", 120], ["CHIR", 100]]));
  });
});
