import { describe, expect, it } from "vitest";
import {
  agreedUnitsRefusal,
  canMoveExchange,
  EXCHANGE_STATUSES,
  type ExchangeParty,
  type ExchangeStatus,
} from "./exchange-status";

const ALLOWED: Array<[ExchangeStatus, ExchangeStatus, ExchangeParty]> = [
  ["REQUESTED", "ACCEPTED", "LENDER"],
  ["REQUESTED", "DECLINED", "LENDER"],
  ["REQUESTED", "CANCELLED", "BORROWER"],
  ["REQUESTED", "CANCELLED", "ARS"],
  ["OFFERED", "ACCEPTED", "ARS"],
  ["OFFERED", "WITHDRAWN", "LENDER"],
  ["ACCEPTED", "CANCELLED", "BORROWER"],
  ["ACCEPTED", "CANCELLED", "LENDER"],
  ["ACCEPTED", "HANDED_OVER", "LENDER"],
  ["HANDED_OVER", "RECEIVED", "BORROWER"],
];

describe("exchange transition table", () => {
  const pairs = EXCHANGE_STATUSES.flatMap((from) => EXCHANGE_STATUSES.map((to) => [from, to] as const));

  it("covers all 64 pairs of states", () => {
    expect(pairs).toHaveLength(64);
  });

  for (const [from, to] of pairs) {
    for (const by of ["BORROWER", "LENDER", "ARS"] as const) {
      const expected = ALLOWED.some(([f, t, b]) => f === from && t === to && b === by);
      it(`${from} → ${to} by ${by}: ${expected ? "allowed" : "refused"}`, () => {
        expect(canMoveExchange(from, to, by)).toBe(expected);
      });
    }
  }

  it("no move leaves a finished exchange", () => {
    for (const done of ["DECLINED", "CANCELLED", "WITHDRAWN", "RECEIVED"] as const) {
      expect(EXCHANGE_STATUSES.some((to) => (["BORROWER", "LENDER", "ARS"] as const).some((by) => canMoveExchange(done, to, by)))).toBe(false);
    }
  });
});

describe("agreed quantity", () => {
  it("accepts the whole request or less", () => {
    expect(agreedUnitsRefusal(500, 500)).toBeNull();
    expect(agreedUnitsRefusal(500, 300)).toBeNull();
  });
  it("refuses more than asked, nothing, or a fraction", () => {
    expect(agreedUnitsRefusal(500, 501)).toBe("AGREED_UNITS_ABOVE_REQUEST");
    expect(agreedUnitsRefusal(500, 0)).toBe("AGREED_UNITS_NONE");
    expect(agreedUnitsRefusal(500, 2.5)).toBe("AGREED_UNITS_NONE");
  });
});
