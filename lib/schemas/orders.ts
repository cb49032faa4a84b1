import { z } from "./zod";
import { packLinesSchema } from "./pack-lines";

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
  lines: packLinesSchema("commande"),
});

export type PlaceOrderInput = z.input<typeof placeOrderSchema>;

export const cancelOrderSchema = z.object({ orderId: z.string().min(1).max(40) });
