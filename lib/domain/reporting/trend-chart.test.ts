import { describe, expect, it } from "vitest";
import { niceCeiling, trendChartGeometry } from "./trend-chart";

describe("trend chart", () => {
  it("rounds its scale up to a readable bound", () => {
    expect([0, 7, 10, 11, 240, 2390, 25_001].map(niceCeiling)).toEqual([1, 10, 10, 20, 250, 2500, 50_000]);
  });

  it("stacks outside-quota units on state-stock units and draws the quota where there is one", () => {
    const chart = trendChartGeometry(
      [
        { week: "2026-W46", stateUnits: 0, outsideQuotaUnits: 0, quotaUnits: null },
        { week: "2026-W47", stateUnits: 500, outsideQuotaUnits: 500, quotaUnits: 1000 },
      ],
      { width: 272, height: 152 },
    );
    // Plot from x 72 to 256, y 16 to 116; scale 0–1000.
    expect(chart.bars[0]).toMatchObject({ label: "S46", state: { height: 0 }, outside: { height: 0 } });
    expect(chart.bars[1].state).toEqual({ y: 66, height: 50 });
    expect(chart.bars[1].outside).toEqual({ y: 16, height: 50 });
    expect(chart.quotaPoints).toBe("210.0,16.0");
    expect(chart.ticks.map((t) => t.value)).toEqual([0, 250, 500, 750, 1000]);
  });
});
