import { describe, expect, it } from "vitest";
import { parseWeekKey } from "../time/paris-time";
import { periodKey, periodLabel, rangeWeeks, weeksBetween } from "./week-range";

const week = (key: string) => parseWeekKey(key, new Date("2026-11-20T12:00:00Z"))!;

describe("the dashboard's period", () => {
  it("counts its weeks across a change of clock and a change of year", () => {
    expect(weeksBetween(week("2026-W43"), week("2026-W45"))).toBe(3); // 25 October 2026: back to winter time
    expect(rangeWeeks(week("2026-W52"), week("2027-W02"))).toEqual(["2026-W52", "2026-W53", "2027-W01", "2027-W02"]);
    expect(rangeWeeks(week("2026-W47"), week("2026-W47"))).toEqual(["2026-W47"]);
  });

  it("is empty when reversed", () => {
    expect(weeksBetween(week("2026-W47"), week("2026-W45"))).toBe(-1);
    expect(rangeWeeks(week("2026-W47"), week("2026-W45"))).toEqual([]);
  });

  it("is named by its bounds, or its one week", () => {
    expect(periodLabel(["2026-W47"])).toBe("2026-W47");
    expect(periodLabel(["2026-W45", "2026-W46", "2026-W47"])).toBe("2026-W45 à 2026-W47");
    expect(periodKey(["2026-W45", "2026-W46", "2026-W47"])).toBe("2026-W45-2026-W47");
  });
});
