import { integerField } from "./numbers";
import { requiredText, rowId } from "./text-fields";
import { z } from "./zod";
import { parseEurosToCents } from "@/lib/domain/catalogue/price";
import { PACKAGING_CODES } from "@/lib/domain/wording/french";

/*
 * Form fields of the national admin's pages (catalogue, tension, quotas, stock). The forms send what the inputs hold
 * (strings); these fields turn them into the values stored, so the form and the server check the very same thing.
 */

export const categoryCodeField = z.string().trim().min(1, "Choisissez une catégorie d'EPI.").max(30, "Catégorie d'EPI inconnue.");

const productFields = {
  reference: requiredText(60, { missing: "Indiquez la référence du produit.", tooLong: "La référence ne dépasse pas 60 caractères." }),
  name: requiredText(200, { missing: "Indiquez le nom du produit.", tooLong: "Le nom ne dépasse pas 200 caractères." }),
  categoryCode: categoryCodeField,
  /** What a pack is called (« boîte », « paquet », « carton », « rouleau »): orders count in it. */
  packaging: z.enum(PACKAGING_CODES, { message: "Choisissez le conditionnement du produit : boîte, paquet, carton ou rouleau." }),
  packSize: integerField({ min: 1, max: 1_000_000, invalid: "Indiquez le nombre d'unités par conditionnement : un nombre entier d'au moins 1." }),
  /** Typed in euros ("0,12"), stored in cents. */
  unitPrice: z.string().transform((value, ctx) => {
    const cents = parseEurosToCents(value);
    if (cents !== null) return cents;
    ctx.addIssue({ code: "custom", message: "Indiquez le prix d'une unité en euros, avec au plus deux décimales, par exemple 0,12." });
    return z.NEVER;
  }),
  active: z.boolean({ message: "Précisez si le produit peut être commandé." }),
};

const withCents = <T extends { unitPrice: number }>({ unitPrice, ...product }: T) => ({ ...product, unitPriceCents: unitPrice });

export const createProductSchema = z.object(productFields).transform(withCents);

export const updateProductSchema = z.object({ id: rowId("Produit introuvable : rechargez la page."), ...productFields }).transform(withCents);

export const updateProductCategorySchema = z.object({
  code: categoryCodeField,
  name: requiredText(120, { missing: "Indiquez le nom de la catégorie.", tooLong: "Le nom ne dépasse pas 120 caractères." }),
  unitLabel: requiredText(60, {
    missing: "Indiquez comment s'appelle une unité, par exemple « masque » ou « paire de gants ».",
    tooLong: "Le nom de l'unité ne dépasse pas 60 caractères.",
  }),
});

export type ProductFormInput = z.input<typeof createProductSchema>;
export type CreateProductInput = z.output<typeof createProductSchema>;
export type UpdateProductInput = z.output<typeof updateProductSchema>;
export type UpdateProductCategoryInput = z.output<typeof updateProductCategorySchema>;
