import { describe, expect, it } from "vitest";
import { categoriesInTension, categoriesInTensionDuring, isDecreeActive } from "./tension";

describe("tension decrees", () => {
  const decree = { categoryCode: "FFP2", startsAt: new Date("2026-11-01T00:00:00Z"), endsAt: new Date("2026-12-01T00:00:00Z") };

  it("apply from their start, until their end excluded", () => {
    expect(isDecreeActive(decree, new Date("2026-10-31T23:59:59Z"))).toBe(false);
    expect(isDecreeActive(decree, new Date("2026-11-01T00:00:00Z"))).toBe(true);
    expect(isDecreeActive(decree, new Date("2026-12-01T00:00:00Z"))).toBe(false);
    expect(isDecreeActive({ ...decree, endsAt: null }, new Date("2030-01-01T00:00:00Z"))).toBe(true);
  });

  it("list the categories in tension now", () => {
    const decrees = [decree, { categoryCode: "GANTS", startsAt: new Date("2026-01-01"), endsAt: new Date("2026-02-01") }];
    expect(categoriesInTension(decrees, new Date("2026-11-15"))).toEqual(new Set(["FFP2"]));
  });

  it("list the categories in tension at some moment of a period", () => {
    const week = { startsAt: new Date("2026-11-30T23:00:00Z"), endsAt: new Date("2026-12-07T23:00:00Z") };
    const endedBefore = { categoryCode: "GANTS", startsAt: new Date("2026-01-01"), endsAt: week.startsAt };
    const startsMidWeek = { categoryCode: "BLOUSES", startsAt: new Date("2026-12-03T10:00:00Z"), endsAt: null };
    const startsAfter = { categoryCode: "TABLIERS", startsAt: week.endsAt, endsAt: null };
    expect(categoriesInTensionDuring([decree, endedBefore, startsMidWeek, startsAfter], week)).toEqual(new Set(["FFP2", "BLOUSES"]));
  });
});
