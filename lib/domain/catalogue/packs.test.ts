import { describe, expect, it } from "vitest";
import { formatPacks, unitsToPacks } from "./packs";

describe("units in packs", () => {
  it("counts whole packs and the units left over", () => {
    expect(unitsToPacks(0, 50)).toEqual({ packs: 0, units: 0 });
    expect(unitsToPacks(1_000, 50)).toEqual({ packs: 20, units: 0 });
    expect(unitsToPacks(1_007, 50)).toEqual({ packs: 20, units: 7 });
  });

  it("refuses a pack size that is not a positive integer", () => {
    expect(() => unitsToPacks(10, 0)).toThrow();
    expect(() => unitsToPacks(10, 2.5)).toThrow();
  });

  it("says it in French", () => {
    expect(formatPacks(50, 50)).toBe("1 boîte de 50");
    expect(formatPacks(12_007, 50)).toBe("240 boîtes de 50 + 7 unités");
    expect(formatPacks(1, 50)).toBe("0 boîte de 50 + 1 unité");
  });
});
