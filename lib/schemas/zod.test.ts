import { describe, expect, it } from "vitest";
import { cancelOrderSchema } from "./orders";
import { z } from "./zod";

describe("zod, as every module imports it", () => {
  it("speaks French when a check has no message of its own", () => {
    expect(z.string().max(40).safeParse("x".repeat(41)).error?.issues[0].message).toBe("Trop grand : chaîne de caractères doit avoir <=40 caractères");
    expect(z.object({ a: z.number() }).safeParse({}).error?.issues[0].message).toBe("Entrée invalide : nombre attendu, indéfini reçu");
  });

  it("so an order id over 40 characters (a field without a message) is refused in French, as seen in English before", () => {
    expect(cancelOrderSchema.safeParse({ orderId: "x".repeat(41) }).error?.issues[0].message).toMatch(/^Trop grand : /);
  });
});
