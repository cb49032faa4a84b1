import { z } from "zod";

export const ORDER_KINDS = ["STATE_STOCK", "CONSORTIUM"] as const;

/** One order, in packs of products: the same schema checks the form and the server action. */
export const placeOrderSchema = z.object({
  /** Chosen by the form once per order: a double click or a retried request places one order. */
  idempotencyKey: z.uuid("Identifiant de commande invalide : rechargez la page."),
  kind: z.enum(ORDER_KINDS, { message: "Type de commande inconnu." }),
  /** For a public multi-site EJ: the ET to deliver. */
  deliveryFiness: z
    .string()
    .regex(/^[0-9][0-9AB][0-9]{7}$/, "Choisissez l'établissement à livrer.")
    .optional(),
  lines: z
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
    .max(50, "50 produits au plus par commande.")
    .refine((lines) => lines.some((l) => l.packs > 0), "Indiquez une quantité pour au moins un produit.")
    .refine((lines) => new Set(lines.map((l) => l.productId)).size === lines.length, "Un produit figure deux fois dans la commande."),
});

export type PlaceOrderInput = z.input<typeof placeOrderSchema>;

export const cancelOrderSchema = z.object({ orderId: z.string().min(1).max(40) });
