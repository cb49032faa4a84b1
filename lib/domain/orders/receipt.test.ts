import { describe, expect, it } from "vitest";
import { receiptDiscrepancies } from "./receipt";

describe("receipt discrepancies", () => {
  it("keeps the lines counted short or over, with the difference in packs", () => {
    expect(
      receiptDiscrepancies([
        { lineId: "a", orderedPacks: 5, receivedPacks: 5 },
        { lineId: "b", orderedPacks: 5, receivedPacks: 3 },
        { lineId: "c", orderedPacks: 2, receivedPacks: 4 },
      ]),
    ).toEqual([
      { lineId: "b", orderedPacks: 5, receivedPacks: 3, difference: -2 },
      { lineId: "c", orderedPacks: 2, receivedPacks: 4, difference: 2 },
    ]);
  });

  it("finds none when everything arrived", () => {
    expect(receiptDiscrepancies([{ lineId: "a", orderedPacks: 1, receivedPacks: 1 }])).toEqual([]);
  });
});
