import { describe, expect, it } from "vitest";
import { isoWeekOf, parseWeekKey, shiftWeek, weekYearRange } from "./iso-week";

describe("ISO weeks in Europe/Paris", () => {
  it("starts the week on Monday 00:00 Paris time, not UTC", () => {
    // Sunday 23:30 UTC on 22 Nov 2026 is already Monday 00:30 in Paris (CET, UTC+1).
    const week = isoWeekOf(new Date("2026-11-22T23:30:00Z"));
    expect(week.key).toBe("2026-W48");
    expect(week.startsAt.toISOString()).toBe("2026-11-22T23:00:00.000Z");
    expect(week.endsAt.toISOString()).toBe("2026-11-29T23:00:00.000Z");
    expect(isoWeekOf(new Date("2026-11-22T22:59:59Z")).key).toBe("2026-W47");
  });

  it("uses the summer offset (CEST, UTC+2) in summer", () => {
    const week = isoWeekOf(new Date("2026-07-15T12:00:00Z"));
    expect(week.key).toBe("2026-W29");
    expect(week.startsAt.toISOString()).toBe("2026-07-12T22:00:00.000Z");
  });

  it("spans the daylight-saving change in 167 or 169 hours", () => {
    const march = isoWeekOf(new Date("2026-03-25T12:00:00Z"));
    expect((march.endsAt.getTime() - march.startsAt.getTime()) / 3_600_000).toBe(167);
    const october = isoWeekOf(new Date("2026-10-21T12:00:00Z"));
    expect((october.endsAt.getTime() - october.startsAt.getTime()) / 3_600_000).toBe(169);
  });

  it("handles ISO years that differ from the calendar year", () => {
    expect(isoWeekOf(new Date("2027-01-01T12:00:00Z")).key).toBe("2026-W53");
    expect(isoWeekOf(new Date("2024-12-30T12:00:00Z")).key).toBe("2025-W01");
    expect(isoWeekOf(new Date("2021-01-03T12:00:00Z")).key).toBe("2020-W53");
  });

  it("parses and shifts week keys", () => {
    expect(parseWeekKey("2026-W48")?.startsAt.toISOString()).toBe("2026-11-22T23:00:00.000Z");
    expect(parseWeekKey("2025-W53")).toBeNull();
    expect(parseWeekKey("2026-48")).toBeNull();
    expect(shiftWeek("2026-W53", 1)).toBe("2027-W01");
    expect(shiftWeek("2026-W01", -1)).toBe("2025-W52");
    expect(shiftWeek("2026-W48", -12)).toBe("2026-W36");
  });

  it("reads only weeks from 2020 to next year: 1900-W01, 0000-W01 or 9999-W52 are no week of the portal's", () => {
    const now = new Date("2026-12-02T12:00:00Z");
    expect(weekYearRange(now)).toEqual({ first: 2020, last: 2027 });
    for (const key of ["1900-W01", "0000-W01", "9999-W52", "2019-W52", "2028-W01", "2026-W00", "2026-W99"]) expect(parseWeekKey(key, now), key).toBeNull();
    expect(parseWeekKey("2020-W01", now)?.startsAt.toISOString()).toBe("2019-12-29T23:00:00.000Z");
    expect(parseWeekKey("2027-W52", now)?.key).toBe("2027-W52");
    // Next year moves with the clock.
    expect(parseWeekKey("2028-W01", new Date("2027-01-04T12:00:00Z"))?.key).toBe("2028-W01");
  });

  it("shifts a week of the portal before 2020, as a trend of early 2020 does", () => {
    expect(shiftWeek("2020-W02", -3)).toBe("2019-W51");
    expect(() => shiftWeek("2026-W60", 1)).toThrow("Semaine ISO invalide");
  });
});
