import { describe, expect, it } from "vitest";
import { cannotEndDecreeReason, decreePeriodsOverlap, decreeStatus, findOverlappingDecree, sortDecreesForDisplay } from "./decree-period";

const d = (startsAt: string, endsAt: string | null, categoryCode = "MASQUES", id = startsAt) => ({
  id,
  categoryCode,
  startsAt: new Date(startsAt),
  endsAt: endsAt === null ? null : new Date(endsAt),
});

describe("decree status", () => {
  const now = new Date("2026-11-23T10:00:00Z");
  it("is en cours, à venir or terminé", () => {
    expect(decreeStatus(d("2026-11-01", null), now)).toBe("en cours");
    expect(decreeStatus(d("2026-11-01", "2026-11-23T10:00:01Z"), now)).toBe("en cours");
    expect(decreeStatus(d("2026-11-23T10:00:01Z", null), now)).toBe("à venir");
    expect(decreeStatus(d("2026-11-01", "2026-11-23T10:00:00Z"), now)).toBe("terminé");
  });

  it("orders running, then upcoming (soonest first), then ended (latest first)", () => {
    const decrees = [
      d("2026-01-01", "2026-02-01", "A", "old"),
      d("2027-03-01", null, "B", "later"),
      d("2026-06-01", "2026-07-01", "C", "recent"),
      d("2026-11-01", null, "D", "running"),
      d("2027-01-01", null, "E", "soon"),
    ];
    expect(sortDecreesForDisplay(decrees, now).map((x) => x.id)).toEqual(["running", "soon", "later", "recent", "old"]);
  });
});

describe("decree overlap", () => {
  it("treats periods as [start, end), a null end as open", () => {
    expect(decreePeriodsOverlap(d("2026-01-01", "2026-02-01"), d("2026-02-01", "2026-03-01"))).toBe(false);
    expect(decreePeriodsOverlap(d("2026-01-01", "2026-02-02"), d("2026-02-01", "2026-03-01"))).toBe(true);
    expect(decreePeriodsOverlap(d("2026-01-01", null), d("2030-01-01", "2030-02-01"))).toBe(true);
    expect(decreePeriodsOverlap(d("2030-01-01", "2030-02-01"), d("2026-01-01", null))).toBe(true);
    expect(decreePeriodsOverlap(d("2026-03-01", null), d("2026-01-01", "2026-03-01"))).toBe(false);
    expect(decreePeriodsOverlap(d("2026-01-01", null), d("2027-01-01", null))).toBe(true);
  });

  it("only between decrees of the same category", () => {
    const existing = [d("2026-01-01", null, "GANTS", "gants"), d("2026-01-01", "2026-06-01", "MASQUES", "masques")];
    expect(findOverlappingDecree(d("2026-03-01", null, "MASQUES"), existing)?.id).toBe("masques");
    expect(findOverlappingDecree(d("2026-06-01", null, "MASQUES"), existing)).toBeUndefined();
    expect(findOverlappingDecree(d("2026-03-01", null, "FFP2"), existing)).toBeUndefined();
  });
});

describe("ending a decree now", () => {
  const now = new Date("2026-11-23T10:00:00Z");
  it("only a running decree, strictly after its start", () => {
    expect(cannotEndDecreeReason(d("2026-11-01", null), now)).toBeNull();
    expect(cannotEndDecreeReason(d("2026-11-01", "2026-11-10"), now)).toBe("DECREE_ALREADY_ENDED");
    expect(cannotEndDecreeReason(d("2026-12-01", null), now)).toBe("DECREE_NOT_STARTED");
    expect(cannotEndDecreeReason(d("2026-11-23T10:00:00Z", null), now)).toBe("DECREE_NOT_STARTED");
  });
});
