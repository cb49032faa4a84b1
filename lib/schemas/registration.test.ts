import { describe, expect, it } from "vitest";
import { deliveryContactSchema, registrationSchema } from "./registration";

const valid = {
  finess: "690781810",
  jobTitle: "Cadre de santé",
  phone: "04 72 00 00 00",
  deliveryContactName: "Magasin central",
  deliveryContactPhone: "+33 4 72 00 00 01",
  openingHours: "Lundi au vendredi, 8h–16h",
};

describe("registration schema", () => {
  it("accepts a complete form and trims it", () => {
    expect(registrationSchema.parse({ ...valid, jobTitle: "  Cadre de santé " }).jobTitle).toBe("Cadre de santé");
  });

  it.each([
    ["finess", ""],
    ["finess", "69078181"],
    ["jobTitle", ""],
    ["phone", "12345"],
    ["phone", "04 72 00 00"],
    ["deliveryContactName", " "],
    ["deliveryContactPhone", "+44 20 7946 0958"],
    ["openingHours", "8h"],
  ])("refuses %s = %j with a French message", (field, value) => {
    const result = registrationSchema.safeParse({ ...valid, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual([field]);
    expect(result.error?.issues[0].message).toMatch(/[a-zé]/);
  });
});

describe("delivery contact schema", () => {
  it("takes the delivery contact alone, with the registration's rules", () => {
    const { deliveryContactName, deliveryContactPhone, openingHours } = valid;
    expect(deliveryContactSchema.parse({ ...valid, deliveryContactName: " Quai 2 " })).toEqual({ deliveryContactName: "Quai 2", deliveryContactPhone, openingHours });
    expect(deliveryContactSchema.safeParse({ deliveryContactName, openingHours, deliveryContactPhone: "12" }).error?.issues[0].message).toBe(
      "Téléphone du contact livraison : indiquez un numéro français à 10 chiffres, par exemple 04 72 00 00 00.",
    );
  });
});
