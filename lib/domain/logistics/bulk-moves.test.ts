import { describe, expect, it } from "vitest";
import { pageWindow, refusedBulkMoves } from "./bulk-moves";

describe("logistics at volume", () => {
  it("keeps the page asked for within range", () => {
    expect(pageWindow(25_000, 1)).toEqual({ page: 1, pages: 500, skip: 0 });
    expect(pageWindow(25_000, 500)).toEqual({ page: 500, pages: 500, skip: 24_950 });
    expect(pageWindow(25_000, 900)).toEqual({ page: 500, pages: 500, skip: 24_950 });
    expect(pageWindow(0, 3)).toEqual({ page: 1, pages: 1, skip: 0 });
    expect(pageWindow(120, Number.NaN)).toEqual({ page: 1, pages: 3, skip: 0 });
  });

  it("refuses the lot when one selected order cannot make the move, naming it", () => {
    const found = [
      { id: "a", number: 1, status: "SUBMITTED" as const },
      { id: "b", number: 2, status: "IN_PREPARATION" as const },
    ];
    expect(refusedBulkMoves(["a"], found, "IN_PREPARATION")).toEqual([]);
    expect(refusedBulkMoves(["a", "b"], found, "IN_PREPARATION")).toEqual([{ id: "b", number: 2, status: "IN_PREPARATION" }]);
    expect(refusedBulkMoves(["a", "zz"], found, "IN_PREPARATION")).toEqual([{ id: "zz", number: 0, status: null }]);
  });
});
