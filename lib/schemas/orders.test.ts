import { describe, expect, it } from "vitest";
import { BILLING_ADDRESS_REQUIRED, PURCHASE_ORDER_INVALID, PURCHASE_ORDER_REQUIRED, placeOrderSchema } from "./orders";

const base = { idempotencyKey: "0b8f8d0e-5c1a-4e43-9d49-4a8e0f1f2a3b", lines: [{ productId: "p1", packs: "2" }] };
const messages = (input: unknown) => {
  const parsed = placeOrderSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join("."), i.message]);
};

describe("the order schema", () => {
  it("asks nothing more of a state-stock order", () => {
    expect(messages({ ...base, kind: "STATE_STOCK" })).toEqual([]);
  });

  it("requires a consortium order's purchase-order number and billing address, on their fields", () => {
    expect(messages({ ...base, kind: "CONSORTIUM" })).toEqual([
      ["purchaseOrderNumber", PURCHASE_ORDER_REQUIRED],
      ["billingAddress", BILLING_ADDRESS_REQUIRED],
    ]);
    expect(messages({ ...base, kind: "CONSORTIUM", purchaseOrderNumber: "   ", billingAddress: " court " })).toEqual([
      ["purchaseOrderNumber", PURCHASE_ORDER_REQUIRED],
      ["billingAddress", BILLING_ADDRESS_REQUIRED],
    ]);
  });

  it("keeps them trimmed, and refuses a number with odd characters or too long", () => {
    const parsed = placeOrderSchema.parse({ ...base, kind: "CONSORTIUM", purchaseOrderNumber: " BC-2026/0042 ", billingAddress: " Clinique du Parc, 69003 Lyon " });
    expect(parsed).toMatchObject({ purchaseOrderNumber: "BC-2026/0042", billingAddress: "Clinique du Parc, 69003 Lyon", lines: [{ productId: "p1", packs: 2 }] });
    expect(messages({ ...base, kind: "CONSORTIUM", purchaseOrderNumber: "BC<script>", billingAddress: "Clinique du Parc, 69003 Lyon" })).toEqual([
      ["purchaseOrderNumber", PURCHASE_ORDER_INVALID],
    ]);
    expect(messages({ ...base, kind: "CONSORTIUM", purchaseOrderNumber: "1".repeat(41), billingAddress: "Clinique du Parc, 69003 Lyon" })).toEqual([
      ["purchaseOrderNumber", PURCHASE_ORDER_INVALID],
    ]);
  });
});
