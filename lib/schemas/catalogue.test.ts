import { describe, expect, it } from "vitest";
import { z } from "./zod";
import { createProductSchema, updateProductCategorySchema, updateProductSchema } from "./catalogue";

const product = { reference: " FFP2-3M-1862 ", name: "Masque FFP2 3M 1862+", categoryCode: "MASQUES_FFP2", packaging: "BOX", packSize: "20", unitPrice: "0,45", active: true };
const errors = (result: { error?: z.ZodError }): Record<string, string[] | undefined> => (result.error ? z.flattenError(result.error).fieldErrors : {});

describe("product schema", () => {
  it("turns the form's strings into what is stored: trimmed texts, a pack size, a price in cents", () => {
    expect(createProductSchema.parse(product)).toEqual({
      reference: "FFP2-3M-1862",
      name: "Masque FFP2 3M 1862+",
      categoryCode: "MASQUES_FFP2",
      packaging: "BOX",
      packSize: 20,
      unitPriceCents: 45,
      active: true,
    });
    expect(createProductSchema.parse({ ...product, packSize: "1 000", unitPrice: "1 250,5 €" })).toMatchObject({ packSize: 1000, unitPriceCents: 125_050 });
    expect(updateProductSchema.parse({ ...product, id: "p1" })).toMatchObject({ id: "p1", unitPriceCents: 45 });
  });

  it("says in French what is wrong with each field", () => {
    const result = createProductSchema.safeParse({ ...product, reference: " ", name: "", categoryCode: "", packaging: "", packSize: "0", unitPrice: "0,125" });
    expect(errors(result)).toEqual({
      reference: ["Indiquez la référence du produit."],
      name: ["Indiquez le nom du produit."],
      categoryCode: ["Choisissez une catégorie d'EPI."],
      packaging: ["Choisissez le conditionnement du produit : boîte, paquet, carton ou rouleau."],
      packSize: ["Indiquez le nombre d'unités par conditionnement : un nombre entier d'au moins 1."],
      unitPrice: ["Indiquez le prix d'une unité en euros, avec au plus deux décimales, par exemple 0,12."],
    });
  });

  it("keeps the packaging chosen, one the wording module names, and refuses any other", () => {
    expect(["BOX", "PACKET", "CARTON", "ROLL"].map((packaging) => createProductSchema.parse({ ...product, packaging }).packaging)).toEqual(["BOX", "PACKET", "CARTON", "ROLL"]);
    for (const packaging of ["box", "SACHET", undefined]) {
      expect(errors(createProductSchema.safeParse({ ...product, packaging }))).toHaveProperty("packaging");
    }
  });

  it.each(["", "-3", "2,5", "abc", "12345678901"])("refuses the pack size %j", (packSize) => {
    expect(errors(createProductSchema.safeParse({ ...product, packSize }))).toHaveProperty("packSize");
  });

  it.each(["", "-0,10", "abc", "0,001"])("refuses the price %j", (unitPrice) => {
    expect(errors(createProductSchema.safeParse({ ...product, unitPrice }))).toHaveProperty("unitPrice");
  });

  it("accepts a free product (0 €) and requires the active flag", () => {
    expect(createProductSchema.parse({ ...product, unitPrice: "0" }).unitPriceCents).toBe(0);
    expect(errors(createProductSchema.safeParse({ ...product, active: undefined }))).toHaveProperty("active");
  });
});

describe("product category schema", () => {
  it("requires a name and a unit label", () => {
    expect(updateProductCategorySchema.parse({ code: "GANTS", name: " Gants d'examen ", unitLabel: "paire" })).toEqual({ code: "GANTS", name: "Gants d'examen", unitLabel: "paire" });
    expect(Object.keys(errors(updateProductCategorySchema.safeParse({ code: "GANTS", name: "", unitLabel: " " })))).toEqual(["name", "unitLabel"]);
  });
});
