import { describe, expect, it } from "vitest";
import { estimateWeeklyConsumption } from "./consumption";

const DAY = 86_400_000;
const now = new Date("2026-11-23T10:00:00Z");
const daysAgo = (n: number) => new Date(now.getTime() - n * DAY);
const declared = (n: number, quantity: number) => ({ quantity, declaredAt: daysAgo(n) });
const delivered = (n: number, units: number) => ({ units, deliveredAt: daysAgo(n) });

describe("weekly consumption from stock declarations", () => {
  it("needs two declarations", () => {
    expect(estimateWeeklyConsumption([], [], now)).toEqual({ status: "TOO_FEW_DECLARATIONS" });
    expect(estimateWeeklyConsumption([declared(3, 500)], [], now)).toEqual({ status: "TOO_FEW_DECLARATIONS" });
  });

  it("is the stock drop per week between two declarations", () => {
    const estimate = estimateWeeklyConsumption([declared(14, 2000), declared(0, 600)], [], now);
    expect(estimate).toMatchObject({ status: "ESTIMATED", weeklyUnits: 700, consumedUnits: 1400, deliveredUnits: 0 });
  });

  it("adds what was delivered in (t1, t2]: not at t1, but at t2", () => {
    const deliveries = [delivered(14, 10_000), delivered(7, 300), delivered(0, 100), delivered(-1, 5_000)];
    const estimate = estimateWeeklyConsumption([declared(14, 2000), declared(0, 600)], deliveries, now);
    expect(estimate).toMatchObject({ status: "ESTIMATED", consumedUnits: 1800, deliveredUnits: 400, weeklyUnits: 900 });
  });

  it("weights intervals by their length over the last six weeks", () => {
    // -70 → -35: outside the window. -35 → -7: 2 000 used in 4 weeks. -7 → 0: 1 000 used in 1 week.
    const declarations = [declared(70, 9000), declared(35, 5000), declared(7, 3000), declared(0, 2000)];
    const estimate = estimateWeeklyConsumption(declarations, [], now);
    expect(estimate).toMatchObject({ status: "ESTIMATED", consumedUnits: 3000, from: daysAgo(35), to: now });
    if (estimate.status === "ESTIMATED") expect(estimate.weeklyUnits).toBeCloseTo(600, 9);
  });

  it("uses the last interval when it alone is longer than six weeks", () => {
    const estimate = estimateWeeklyConsumption([declared(70, 3000), declared(0, 1600)], [], now);
    expect(estimate).toMatchObject({ status: "ESTIMATED", weeklyUnits: 140, from: daysAgo(70) });
  });

  it("reads a stock that grew more than deliveries explain as no consumption", () => {
    expect(estimateWeeklyConsumption([declared(7, 100), declared(0, 900)], [], now)).toMatchObject({ weeklyUnits: 0 });
  });

  it("ignores declarations after now, in any input order, and keeps the last of two at the same instant", () => {
    const declarations = [declared(0, 650), declared(-3, 0), declared(14, 2000), declared(0, 600)];
    expect(estimateWeeklyConsumption(declarations, [], now)).toMatchObject({ weeklyUnits: 700 });
  });

  it("gives no rate from declarations less than a day apart", () => {
    const estimate = estimateWeeklyConsumption([{ quantity: 500, declaredAt: new Date(now.getTime() - 60_000) }, declared(0, 400)], [], now);
    expect(estimate).toEqual({ status: "TOO_CLOSE_TOGETHER" });
  });
});
