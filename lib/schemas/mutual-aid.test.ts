import { describe, expect, it } from "vitest";
import { brokerExchangeSchema, moveExchangeSchema, requestLoanSchema } from "./mutual-aid";

describe("mutual-aid schemas", () => {
  it("want a whole, positive number of units, as a form sends it", () => {
    const loan = { lenderFiness: "690001243", productId: "p1", note: "" };
    expect(requestLoanSchema.parse({ ...loan, units: "2 000" }).units).toBe(2000);
    for (const units of ["0", "0x10", "1,5", ""]) expect(requestLoanSchema.safeParse({ ...loan, units }).success, units).toBe(false);
    expect(requestLoanSchema.safeParse({ ...loan, units: "0" }).error?.issues[0].message).toBe("Indiquez au moins une unité.");
  });

  it("want the quantity lent when accepting, not for the other steps", () => {
    expect(moveExchangeSchema.safeParse({ exchangeId: "e1", to: "ACCEPTED" }).error?.issues[0]).toMatchObject({ path: ["agreedUnits"], message: "Indiquez la quantité que vous prêtez." });
    expect(moveExchangeSchema.parse({ exchangeId: "e1", to: "HANDED_OVER", agreedUnits: "" })).toEqual({ exchangeId: "e1", to: "HANDED_OVER" });
    expect(moveExchangeSchema.safeParse({ exchangeId: "e1", to: "OFFERED" }).success).toBe(false);
  });

  it("tell a brokered loan from an offer given a borrower", () => {
    expect(brokerExchangeSchema.parse({ kind: "OFFER", exchangeId: "e1", borrowerFiness: "690781240", units: "10" })).toEqual({ kind: "OFFER", exchangeId: "e1", borrowerFiness: "690781240", units: 10 });
    expect(brokerExchangeSchema.safeParse({ kind: "LOAN", borrowerFiness: "690781240", units: "10" }).success).toBe(false);
  });
});
