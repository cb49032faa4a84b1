import { describe, expect, it } from "vitest";
import { formatParisDateTime, parisLocalDateTimeToInstant, toParisLocalDateTime } from "./paris-local-time";

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

  it("displays instants in Paris time", () => {
    expect(formatParisDateTime(new Date("2026-07-14T06:30:00Z"))).toBe("14/07/2026 08:30");
  });
});
