import { describe, expect, it } from "vitest";
import { accountWeeklyQuota, computedWeeklyQuota } from "./weekly-quota";

const clinic = { finess: "690812342", capacity: 180, salariedStaff: 420 };
const params = { perCapacityUnit: 2.5, perStaffMember: 0.5 };

describe("weekly quota", () => {
  it("grows with capacity and salaried staff, in whole units", () => {
    expect(computedWeeklyQuota(clinic, params)).toBe(660);
    expect(computedWeeklyQuota({ ...clinic, capacity: 1 }, { perCapacityUnit: 0.3, perStaffMember: 0 })).toBe(0);
    expect(computedWeeklyQuota({ ...clinic, capacity: -5, salariedStaff: 0 }, params)).toBe(0);
  });

  it("sums the ETs of a public multi-site EJ", () => {
    const sites = [
      { finess: "380000117", capacity: 100, salariedStaff: 0 },
      { finess: "380000125", capacity: 40, salariedStaff: 10 },
    ];
    expect(accountWeeklyQuota(sites, params, [], "2026-W48")).toBe(250 + 105);
  });

  it("applies an override only in its weeks, the most recent winning", () => {
    const overrides = [
      { establishmentFiness: clinic.finess, weeklyUnits: 1000, fromWeek: "2026-W48", toWeek: "2026-W50", createdAt: new Date("2026-11-01") },
      { establishmentFiness: clinic.finess, weeklyUnits: 1500, fromWeek: "2026-W50", toWeek: null, createdAt: new Date("2026-11-10") },
      { establishmentFiness: "000000000", weeklyUnits: 9, fromWeek: null, toWeek: null, createdAt: new Date("2026-11-20") },
    ];
    expect(accountWeeklyQuota([clinic], params, overrides, "2026-W47")).toBe(660);
    expect(accountWeeklyQuota([clinic], params, overrides, "2026-W48")).toBe(1000);
    expect(accountWeeklyQuota([clinic], params, overrides, "2026-W50")).toBe(1500);
    expect(accountWeeklyQuota([clinic], params, overrides, "2027-W02")).toBe(1500);
  });
});
