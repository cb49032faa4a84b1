import { describe, expect, it } from "vitest";
import {
  dayOfWeek,
  isoWeekOf,
  parisDateKey,
  parisDateKeyPlusDays,
  parisInstant,
  parisLocalDateTimeToInstant,
  parisNoon,
  parseWeekKey,
  shiftWeek,
  toParisLocalDateTime,
  weekYearRange,
} from "./paris-time";

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

describe("a day of a week, at a Paris hour", () => {
  it("is Thursday noon, or Sunday, whatever the offset", () => {
    const week = parseWeekKey("2026-W13", new Date("2026-12-02T12:00:00Z"))!;
    expect(dayOfWeek(week, 3, 12).toISOString()).toBe("2026-03-26T11:00:00.000Z");
    // The last Sunday of March: clocks go forward at 02:00, midnight is still winter time.
    expect(dayOfWeek(week, 6).toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(dayOfWeek(week, 6, 12).toISOString()).toBe("2026-03-29T10:00:00.000Z");
  });
});

const instant = (value: string) => {
  const result = parisLocalDateTimeToInstant(value);
  return result.ok ? result.instant.toISOString() : result.reason;
};

describe("Paris wall-clock date-times (datetime-local) ↔ instants", () => {
  it("uses +01:00 in winter and +02:00 in summer", () => {
    expect(instant("2026-01-15T08:30")).toBe("2026-01-15T07:30:00.000Z");
    expect(instant("2026-07-14T08:30")).toBe("2026-07-14T06:30:00.000Z");
    expect(instant("2026-11-23T00:00")).toBe("2026-11-22T23:00:00.000Z");
  });

  it("switches at the spring change: 02:00–02:59 does not exist on 29 March 2026", () => {
    expect(instant("2026-03-29T01:59")).toBe("2026-03-29T00:59:00.000Z");
    expect(instant("2026-03-29T02:00")).toBe("skipped");
    expect(instant("2026-03-29T02:30")).toBe("skipped");
    expect(instant("2026-03-29T03:00")).toBe("2026-03-29T01:00:00.000Z");
  });

  it("takes the first of the two 02:30 of 25 October 2026 (still summer time)", () => {
    expect(instant("2026-10-25T01:59")).toBe("2026-10-24T23:59:00.000Z");
    expect(instant("2026-10-25T02:30")).toBe("2026-10-25T00:30:00.000Z");
    expect(instant("2026-10-25T03:00")).toBe("2026-10-25T02:00:00.000Z");
  });

  it.each(["", "2026-11-23", "2026-11-23 08:30", "2026-02-30T08:00", "2026-11-23T24:00", "2026-11-23T08:60", "2026-11-23T08:30:00"])(
    "refuses %j",
    (value) => expect(instant(value)).toBe("format"),
  );

  it("writes instants back as Paris datetime-local values, round-tripping", () => {
    expect(toParisLocalDateTime(new Date("2026-07-14T06:30:00Z"))).toBe("2026-07-14T08:30");
    expect(toParisLocalDateTime(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01T00:30");
    for (const value of ["2026-01-01T00:00", "2026-03-29T03:00", "2026-10-25T02:30", "2026-12-31T23:59"]) {
      expect(toParisLocalDateTime(new Date(instant(value)))).toBe(value);
    }
  });

  it("gives a calendar date's wall-clock times, none in the spring gap", () => {
    expect(parisNoon("2026-07-01").toISOString()).toBe("2026-07-01T10:00:00.000Z");
    expect(parisDateKey(new Date("2026-11-22T23:30:00Z"))).toBe("2026-11-23");
    expect(parisInstant("2026-11-26", 17, 30)?.toISOString()).toBe("2026-11-26T16:30:00.000Z");
    expect(parisInstant("2026-03-29", 2, 30)).toBeNull();
    expect(parisInstant("26-11-2026", 12)).toBeNull();
  });

  it("counts calendar days in Paris, across a month's end and a change of hour", () => {
    expect(parisDateKeyPlusDays(new Date("2026-11-30T23:30:00Z"), 1)).toBe("2026-12-02");
    expect(parisDateKeyPlusDays(new Date("2026-03-28T12:00:00Z"), 2)).toBe("2026-03-30");
    expect(parisDateKeyPlusDays(new Date("2026-11-23T09:30:00Z"), -56)).toBe("2026-09-28");
  });
});
