import { describe, expect, it } from "vitest";
import { NATIONAL_STOCK_TARGET_WEEKS, parametersForTarget, productRunway, simulateTension, tensionOutlook } from "./runway";

describe("productRunway", () => {
  it("divides the stock by the mean of the last weeks' orders", () => {
    expect(productRunway(12_000, [800, 1200, 1000, 1000])).toEqual({
      stockUnits: 12_000,
      orderedByWeek: [800, 1200, 1000, 1000],
      weeklyRate: 1000,
      weeksLeft: 12,
      belowTarget: false,
    });
    expect(productRunway(5000, [1000, 1000, 1000, 1000])).toMatchObject({ weeksLeft: 5, belowTarget: true });
  });

  it("has no end when nothing was ordered, and none left when the stock is gone", () => {
    expect(productRunway(5000, [0, 0, 0, 0])).toMatchObject({ weeklyRate: 0, weeksLeft: null, belowTarget: false });
    expect(productRunway(0, [10, 0, 0, 0])).toMatchObject({ weeksLeft: 0, belowTarget: true });
    expect(productRunway(100, [])).toMatchObject({ weeklyRate: 0, weeksLeft: null });
  });
});

describe("simulateTension", () => {
  const establishments = [
    { finess: "690812342", capacity: 180, salariedStaff: 420 },
    { finess: "630789014", capacity: 84, salariedStaff: 62 },
  ];

  it("sums every eligible establishment's weekly quota and says how many weeks the national stock lasts", () => {
    const [masks] = simulateTension([{ code: "MASQUES_FFP2", parameters: { perCapacityUnit: 1, perStaffMember: 0.5 }, stockUnits: 50_000 }], establishments);
    // 180 + 210 = 390; 84 + 31 = 115: 505 a week.
    expect(masks).toMatchObject({ code: "MASQUES_FFP2", weeklyQuotaUnits: 505, stockUnits: 50_000, meetsTarget: true });
    expect(masks.weeksOfStock).toBeCloseTo(50_000 / 505, 9);
  });

  it("says when the stock falls short of the circular's 10 weeks, and whatever lasts when nobody gets a quota", () => {
    const [gloves, gowns] = simulateTension(
      [
        { code: "GANTS", parameters: { perCapacityUnit: 10, perStaffMember: 2 }, stockUnits: 30_000 },
        { code: "SURBLOUSES", parameters: { perCapacityUnit: 0, perStaffMember: 0 }, stockUnits: 10 },
      ],
      establishments,
    );
    // 1 800 + 840 + 840 + 124 = 3 604 a week: 8,3 weeks.
    expect(gloves).toMatchObject({ weeklyQuotaUnits: 3604, meetsTarget: false });
    expect(gloves.weeksOfStock! < NATIONAL_STOCK_TARGET_WEEKS).toBe(true);
    expect(gowns).toMatchObject({ weeklyQuotaUnits: 0, weeksOfStock: null, meetsTarget: true });
  });
});

describe("parametersForTarget", () => {
  it("scales the parameters tried down to what lasts 10 weeks, and leaves enough alone", () => {
    const tried = { perCapacityUnit: 10, perStaffMember: 2 };
    expect(parametersForTarget({ code: "GANTS", weeklyQuotaUnits: 4000, stockUnits: 30_000, weeksOfStock: 7.5, meetsTarget: false }, tried)).toEqual({
      perCapacityUnit: 7.5,
      perStaffMember: 1.5,
    });
    expect(parametersForTarget({ code: "GANTS", weeklyQuotaUnits: 1000, stockUnits: 30_000, weeksOfStock: 30, meetsTarget: true }, tried)).toEqual(tried);
    expect(parametersForTarget({ code: "GANTS", weeklyQuotaUnits: 0, stockUnits: 30_000, weeksOfStock: null, meetsTarget: true }, tried)).toBeNull();
  });
});

describe("tensionOutlook", () => {
  const establishments = [
    { finess: "690812342", capacity: 180, salariedStaff: 420 },
    { finess: "630789014", capacity: 84, salariedStaff: 62 },
  ];

  it("sizes a tension on several categories by the stock that runs out first, and names those under 10 weeks", () => {
    const simulations = simulateTension(
      [
        // 505 masks a week: 99 weeks.
        { code: "MASQUES_FFP2", parameters: { perCapacityUnit: 1, perStaffMember: 0.5 }, stockUnits: 50_000 },
        // 3 604 gloves a week: 8,3 weeks.
        { code: "GANTS", parameters: { perCapacityUnit: 10, perStaffMember: 2 }, stockUnits: 30_000 },
        // 1 010 gowns a week: 4,95 weeks.
        { code: "BLOUSES", parameters: { perCapacityUnit: 2, perStaffMember: 1 }, stockUnits: 5_000 },
      ],
      establishments,
    );
    expect(simulations.map((s) => s.weeklyQuotaUnits)).toEqual([505, 3604, 1010]);
    const outlook = tensionOutlook(simulations);
    expect(outlook.firstToRunOut).toMatchObject({ code: "BLOUSES", weeklyQuotaUnits: 1010 });
    expect(outlook.firstToRunOut!.weeksOfStock).toBeCloseTo(5_000 / 1010, 9);
    expect(outlook.belowTarget).toEqual(["GANTS", "BLOUSES"]);
  });

  it("has nothing running out when every quota sums to nothing, and nothing under target when all last", () => {
    const none = simulateTension(
      [
        { code: "GANTS", parameters: { perCapacityUnit: 0, perStaffMember: 0 }, stockUnits: 10 },
        { code: "BLOUSES", parameters: { perCapacityUnit: 0, perStaffMember: 0 }, stockUnits: 0 },
      ],
      establishments,
    );
    expect(tensionOutlook(none)).toEqual({ firstToRunOut: null, belowTarget: [] });
    const lasting = simulateTension(
      [
        { code: "GANTS", parameters: { perCapacityUnit: 0, perStaffMember: 0 }, stockUnits: 10 },
        { code: "MASQUES_FFP2", parameters: { perCapacityUnit: 1, perStaffMember: 0.5 }, stockUnits: 50_000 },
      ],
      establishments,
    );
    expect(tensionOutlook(lasting)).toMatchObject({ firstToRunOut: { code: "MASQUES_FFP2" }, belowTarget: [] });
  });
});
