import { describe, expect, it } from "vitest";
import { consumptionBucket, consumptionRatio, formatConsumption } from "./consumption";

describe("quota consumption", () => {
  it("is the state-stock units over the quota, and nothing without a quota", () => {
    expect(consumptionRatio(195, 390)).toBe(0.5);
    expect(consumptionRatio(10, null)).toBeNull();
    expect(consumptionRatio(0, 0)).toBeNull();
  });

  it("falls in one of 5 shades, bounds included below", () => {
    expect([0, 0.2499, 0.25, 0.5, 0.74, 0.75, 0.99, 1, 3.2].map((r) => consumptionBucket(r)?.index)).toEqual([0, 0, 1, 2, 2, 3, 3, 4, 4]);
    expect(consumptionBucket(null)).toBeNull();
  });

  it("reads as a French percentage", () => {
    expect(formatConsumption(0.5128).replace(/\s/g, " ")).toBe("51 %");
    expect(formatConsumption(null)).toBe("—");
  });
});
