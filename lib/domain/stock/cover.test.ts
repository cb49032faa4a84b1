import { describe, expect, it } from "vitest";
import { categoryCover, isDeclarationOverdue, noEstimateMessage } from "./cover";

const DAY = 86_400_000;
const now = new Date("2026-11-23T10:00:00Z");
const daysAgo = (n: number) => new Date(now.getTime() - n * DAY);
const history = (productId: string, points: Array<[days: number, quantity: number]>) => ({
  productId,
  declarations: points.map(([days, quantity]) => ({ quantity, declaredAt: daysAgo(days) })),
  deliveries: [],
});

describe("weeks of cover of a category", () => {
  it("divides the category's stock by its weekly consumption", () => {
    // Surgical masks in two references: 1 000 + 400 in stock, 700 + 100 used a week.
    const cover = categoryCover([history("a", [[14, 2400], [0, 1000]]), history("b", [[7, 500], [1, 400]])], now);
    expect(cover.stockUnits).toBe(1400);
    expect(cover.weeklyConsumption).toBeCloseTo(700 + 100 * (7 / 6), 9);
    expect(cover.weeksOfCover).toBeCloseTo(1400 / (700 + 700 / 6), 9);
    expect(cover.status).toBe("BELOW_TARGET");
    expect(cover.declaredAt).toEqual(now);
  });

  it("is on target at exactly three weeks", () => {
    expect(categoryCover([history("a", [[7, 2800], [0, 2100]])], now)).toMatchObject({ weeksOfCover: 3, status: "ON_TARGET" });
    expect(categoryCover([history("a", [[7, 2799], [0, 2099]])], now).status).toBe("BELOW_TARGET");
  });

  it("counts the stock of a product declared once, but not its unknown consumption", () => {
    const cover = categoryCover([history("a", [[7, 1700], [0, 1000]]), history("b", [[2, 1100]])], now);
    expect(cover).toMatchObject({ stockUnits: 2100, weeklyConsumption: 700, weeksOfCover: 3, status: "ON_TARGET" });
  });

  it("tells apart nothing declared, no estimate yet and no consumption", () => {
    expect(categoryCover([history("a", [])], now)).toMatchObject({ status: "NOT_DECLARED", stockUnits: 0, declaredAt: null });
    const once = categoryCover([history("a", [[0, 300]])], now);
    expect(once).toMatchObject({ status: "NO_ESTIMATE", weeklyConsumption: null, weeksOfCover: null });
    expect(noEstimateMessage(once)).toBe("estimation impossible : déclarez votre stock au moins deux fois");
    expect(categoryCover([history("a", [[7, 300], [0, 300]])], now)).toMatchObject({ status: "NO_CONSUMPTION", weeklyConsumption: 0 });
  });

  it("asks for declarations a day apart when they are closer", () => {
    const cover = categoryCover([{ productId: "a", declarations: [{ quantity: 9, declaredAt: new Date(now.getTime() - 5000) }, { quantity: 8, declaredAt: now }], deliveries: [] }], now);
    expect(noEstimateMessage(cover)).toBe("estimation impossible : déclarez votre stock au moins deux fois, à au moins un jour d'intervalle");
  });
});

describe("declarations overdue for the ARS", () => {
  it("lists accounts silent for more than 14 days, or that never declared", () => {
    expect(isDeclarationOverdue(null, now)).toBe(true);
    expect(isDeclarationOverdue(daysAgo(14), now)).toBe(false);
    expect(isDeclarationOverdue(new Date(daysAgo(14).getTime() - 1), now)).toBe(true);
  });
});
