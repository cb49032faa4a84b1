import { z } from "zod";

/**
 * Lines of products in packs, as an order or an emergency request lists them: zero packs means "not this product",
 * at least one product must have a quantity, each product once.
 */
export function packLinesSchema(document: "commande" | "demande") {
  return z
    .array(
      z.object({
        productId: z.string().min(1).max(40),
        packs: z.coerce
          .number({ message: "Indiquez un nombre de boîtes." })
          .int("Indiquez un nombre entier de boîtes.")
          .min(0, "Le nombre de boîtes ne peut pas être négatif.")
          .max(100_000, "100 000 boîtes au plus par produit."),
      }),
    )
    .max(50, `50 produits au plus par ${document}.`)
    .refine((lines) => lines.some((l) => l.packs > 0), "Indiquez une quantité pour au moins un produit.")
    .refine((lines) => new Set(lines.map((l) => l.productId)).size === lines.length, `Un produit figure deux fois dans la ${document}.`);
}
