import { describe, expect, it } from "vitest";
import { parameterChangeWeekError, planParameterChange } from "./parameter-changes";
import { applicableParameterChange, quotaParametersOf, weekAllowance } from "./weekly-quota";

const gloves = {
  quotaPerCapacityUnit: 20,
  quotaPerStaffMember: 4,
  parameterChanges: [
    { fromWeek: "2026-W50", perCapacityUnit: 10, perStaffMember: 2 },
    { fromWeek: "2027-W02", perCapacityUnit: 15, perStaffMember: 3 },
  ],
};

describe("quota parameters by week", () => {
  it("takes each week's parameters from the latest change not after it, the columns before the first", () => {
    expect(quotaParametersOf(gloves, "2026-W49")).toEqual({ perCapacityUnit: 20, perStaffMember: 4 });
    expect(quotaParametersOf(gloves, "2026-W50")).toEqual({ perCapacityUnit: 10, perStaffMember: 2 });
    expect(quotaParametersOf(gloves, "2027-W01")).toEqual({ perCapacityUnit: 10, perStaffMember: 2 });
    expect(quotaParametersOf(gloves, "2027-W30")).toEqual({ perCapacityUnit: 15, perStaffMember: 3 });
    expect(applicableParameterChange([...gloves.parameterChanges].reverse(), "2027-W05")?.fromWeek).toBe("2027-W02");
  });

  it("never lowers a week under way below what was ordered in it", () => {
    expect(weekAllowance(390, 200)).toBe(390);
    expect(weekAllowance(195, 200)).toBe(200);
    expect(weekAllowance(0, 0)).toBe(0);
  });

  it("accepts the week under way and later ones, refuses a week over", () => {
    expect(parameterChangeWeekError("2026-W48", "2026-W49")).toBe("PARAMETERS_WEEK_PAST");
    expect(parameterChangeWeekError("2026-W49", "2026-W49")).toBeNull();
    expect(parameterChangeWeekError("2027-W01", "2026-W49")).toBeNull();
  });

  it("plans a change: nothing when the week has them, removal when they are those it would have anyway", () => {
    expect(planParameterChange(gloves, "2026-W51", { perCapacityUnit: 10, perStaffMember: 2 })).toBe("unchanged");
    expect(planParameterChange(gloves, "2026-W51", { perCapacityUnit: 12, perStaffMember: 2 })).toBe("set");
    expect(planParameterChange(gloves, "2026-W50", { perCapacityUnit: 20, perStaffMember: 4 })).toBe("remove");
    expect(planParameterChange(gloves, "2026-W50", { perCapacityUnit: 11, perStaffMember: 2 })).toBe("set");
    // Back to the column values on a week without its own change is a change like any other.
    expect(planParameterChange(gloves, "2026-W52", { perCapacityUnit: 20, perStaffMember: 4 })).toBe("set");
  });
});
