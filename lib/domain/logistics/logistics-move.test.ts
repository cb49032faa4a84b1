import { describe, expect, it } from "vitest";
import { canTransition, ORDER_STATUSES } from "../orders/order-status";
import { countByStatus, LOGISTICS_MOVE_LABELS, LOGISTICS_TARGETS, logisticsMoveFrom, nextLogisticsMove } from "./logistics-move";

describe("the logistics team's next move", () => {
  it("follows the lifecycle: submitted → in preparation → shipped → delivered (receipt is the establishment's)", () => {
    expect(ORDER_STATUSES.map((s) => [s, nextLogisticsMove(s)])).toEqual([
      ["SUBMITTED", "IN_PREPARATION"],
      ["CONFIRMED", null],
      ["IN_PREPARATION", "SHIPPED"],
      ["SHIPPED", "DELIVERED"],
      ["DELIVERED", null],
      ["RECEIVED", null],
      ["REFUSED", null],
      ["CANCELLED", null],
    ]);
  });

  it("moves each target from the one status whose next logistics move it is", () => {
    expect(LOGISTICS_TARGETS.map((to) => [to, logisticsMoveFrom(to)])).toEqual([
      ["IN_PREPARATION", "SUBMITTED"],
      ["SHIPPED", "IN_PREPARATION"],
      ["DELIVERED", "SHIPPED"],
    ]);
    for (const to of LOGISTICS_TARGETS) expect(nextLogisticsMove(logisticsMoveFrom(to))).toBe(to);
  });

  it("offers only moves the transition table allows to logistics, each with a button label", () => {
    for (const from of ORDER_STATUSES) {
      const to = nextLogisticsMove(from);
      if (to) {
        expect(canTransition(from, to, "LOGISTICS")).toBe(true);
        expect(LOGISTICS_MOVE_LABELS[to]).toBeTruthy();
      } else {
        expect(ORDER_STATUSES.some((t) => canTransition(from, t, "LOGISTICS"))).toBe(false);
      }
    }
  });
});

describe("counts per status", () => {
  it("lists every status, zero when absent", () => {
    expect(countByStatus([{ status: "SHIPPED", count: 2 }, { status: "SUBMITTED", count: 5 }])).toEqual({
      SUBMITTED: 5,
      CONFIRMED: 0,
      IN_PREPARATION: 0,
      SHIPPED: 2,
      DELIVERED: 0,
      RECEIVED: 0,
      REFUSED: 0,
      CANCELLED: 0,
    });
  });
});
