import { describe, expect, it } from "vitest";
import { resolveCountInstant } from "./count-date";

const now = new Date("2026-11-23T09:30:00Z");

describe("the date of a stock count", () => {
  it("is now by default, or when the date given is today in Paris", () => {
    expect(resolveCountInstant(undefined, now, null)).toEqual({ ok: true, at: now });
    expect(resolveCountInstant("2026-11-23", now, null)).toEqual({ ok: true, at: now });
  });

  it("is noon Paris time on an earlier day, in winter and in summer", () => {
    expect(resolveCountInstant("2026-11-09", now, null)).toEqual({ ok: true, at: new Date("2026-11-09T11:00:00Z") });
    expect(resolveCountInstant("2026-07-01", new Date("2026-07-20T09:30:00Z"), null)).toEqual({ ok: true, at: new Date("2026-07-01T10:00:00Z") });
  });

  it("refuses the future, more than 8 weeks back, and a date before the previous declaration", () => {
    expect(resolveCountInstant("2026-11-24", now, null)).toMatchObject({ ok: false, refusal: { code: "COUNT_DATE_IN_FUTURE" } });
    expect(resolveCountInstant("2026-09-28", now, null)).toMatchObject({ ok: true });
    expect(resolveCountInstant("2026-09-27", now, null)).toMatchObject({ ok: false, refusal: { code: "COUNT_DATE_TOO_OLD" } });
    const previous = new Date("2026-11-10T08:00:00Z");
    expect(resolveCountInstant("2026-11-09", now, previous)).toMatchObject({ ok: false, refusal: { code: "COUNT_DATE_BEFORE_PREVIOUS", details: { previousAt: previous } } });
    expect(resolveCountInstant("2026-11-10", now, previous)).toEqual({ ok: true, at: new Date("2026-11-10T11:00:00Z") });
    expect(resolveCountInstant(undefined, now, now)).toEqual({ ok: true, at: now });
  });
});
