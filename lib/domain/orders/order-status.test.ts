import { describe, expect, it } from "vitest";
import { canTransition, ORDER_STATUSES, type OrderActor, type OrderStatus } from "./order-status";

const ALLOWED: Array<[OrderStatus, OrderStatus, OrderActor]> = [
  ["SUBMITTED", "IN_PREPARATION", "LOGISTICS"],
  ["IN_PREPARATION", "SHIPPED", "LOGISTICS"],
  ["SHIPPED", "DELIVERED", "LOGISTICS"],
  ["SUBMITTED", "CANCELLED", "ESTABLISHMENT"],
];

describe("order transition table", () => {
  const pairs = ORDER_STATUSES.flatMap((from) => ORDER_STATUSES.map((to) => [from, to] as const));

  it("covers all 25 pairs of states", () => {
    expect(pairs).toHaveLength(25);
  });

  for (const [from, to] of pairs) {
    for (const by of ["ESTABLISHMENT", "LOGISTICS"] as const) {
      const expected = ALLOWED.some(([f, t, b]) => f === from && t === to && b === by);
      it(`${from} → ${to} by ${by}: ${expected ? "allowed" : "refused"}`, () => {
        expect(canTransition(from, to, by)).toBe(expected);
      });
    }
  }
});
