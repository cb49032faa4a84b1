import { describe, expect, it } from "vitest";
import { applicableOverride, establishmentWeeklyQuota, overrideWeekRangeError } from "./override-rules";

const finess = "690812342";
const override = (weeklyUnits: number, fromWeek: string | null, toWeek: string | null, createdAt: string, et = finess) => ({
  establishmentFiness: et,
  weeklyUnits,
  fromWeek,
  toWeek,
  createdAt: new Date(createdAt),
});

describe("the override that applies to an ET for a week", () => {
  const overrides = [
    override(100, "2026-W40", "2026-W50", "2026-10-01"),
    override(200, "2026-W48", null, "2026-11-20"),
    override(999, null, null, "2026-12-01", "380000117"),
  ];

  it("is the most recent one covering the week, bounds included", () => {
    expect(applicableOverride(overrides, finess, "2026-W39")).toBeUndefined();
    expect(applicableOverride(overrides, finess, "2026-W40")?.weeklyUnits).toBe(100);
    expect(applicableOverride(overrides, finess, "2026-W48")?.weeklyUnits).toBe(200);
    expect(applicableOverride(overrides, finess, "2027-W10")?.weeklyUnits).toBe(200);
  });

  it("gives the computed quota, the override and the quota an order is held to", () => {
    const size = { finess, capacity: 180, salariedStaff: 420 };
    const parameters = { perCapacityUnit: 2, perStaffMember: 0.5 };
    expect(establishmentWeeklyQuota(size, parameters, overrides, "2026-W39")).toEqual({ computed: 570, override: undefined, quota: 570 });
    expect(establishmentWeeklyQuota(size, parameters, overrides, "2026-W45")).toMatchObject({ computed: 570, override: { weeklyUnits: 100 }, quota: 100 });
  });
});

describe("an override's week range", () => {
  it("accepts open ends and a range in order, bounds included", () => {
    expect(overrideWeekRangeError(null, null)).toBeNull();
    expect(overrideWeekRangeError("2026-W48", null)).toBeNull();
    expect(overrideWeekRangeError(null, "2026-W48")).toBeNull();
    expect(overrideWeekRangeError("2026-W48", "2026-W48")).toBeNull();
    expect(overrideWeekRangeError("2026-W52", "2027-W01")).toBeNull();
  });

  it("refuses a range backwards", () => {
    expect(overrideWeekRangeError("2027-W01", "2026-W52")).toBe("La dernière semaine ne peut pas précéder la première.");
    expect(overrideWeekRangeError("2026-W10", "2026-W09")).not.toBeNull();
  });
});
