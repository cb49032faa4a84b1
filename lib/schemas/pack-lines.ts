import { integerField } from "./numbers";
import { z } from "./zod";

/**
 * Lines of products in packs, as an order or an emergency request lists them: zero packs means "not this product",
 * at least one product must have a quantity, each product once.
 */
export function packLinesSchema(document: "commande" | "demande") {
  return z
    .array(
      z.object({
        productId: z.string().min(1).max(40),
        // A box left blank is a product not ordered, as 0 is.
        packs: z.preprocess(
          (value) => (typeof value === "string" && value.trim() === "" ? 0 : value),
          integerField({
            min: 0,
            max: 100_000,
            invalid: "Indiquez un nombre entier de boîtes.",
            tooSmall: "Le nombre de boîtes ne peut pas être négatif.",
            tooBig: "100 000 boîtes au plus par produit.",
          }),
        ),
      }),
    )
    .max(50, `50 produits au plus par ${document}.`)
    .refine((lines) => lines.some((l) => l.packs > 0), "Indiquez une quantité pour au moins un produit.")
    .refine((lines) => new Set(lines.map((l) => l.productId)).size === lines.length, `Un produit figure deux fois dans la ${document}.`);
}
