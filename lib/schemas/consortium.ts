import { CONSORTIUM_TARGETS } from "@/lib/domain/orders/consortium-move";
import { ORDER_STATUSES } from "@/lib/domain/orders/order-status";
import { orderIdField, TRACKING_NUMBER, TRACKING_NUMBER_INVALID } from "./order-move";
import { z } from "./zod";

export const REFUSAL_REASON_REQUIRED = "Indiquez le motif du refus : l'établissement le lira sur sa commande.";
export const REFUSAL_REASON_TOO_LONG = "Motif du refus : 500 caractères au plus.";

/**
 * The consortium moves one of its orders: confirm, refuse (with the reason the establishment reads), ship (with the
 * carrier's tracking number if it has one), deliver.
 */
export const advanceConsortiumOrderSchema = z
  .object({
    orderId: orderIdField(),
    to: z.enum(CONSORTIUM_TARGETS, { message: "Étape inconnue : choisissez confirmer, refuser, expédier ou livrer." }),
    reason: z.string().trim().max(500, REFUSAL_REASON_TOO_LONG).optional(),
    // The consortium ships with a tracking number if the carrier gave one.
    trackingNumber: z
      .string()
      .trim()
      .refine((value) => value === "" || TRACKING_NUMBER.test(value), TRACKING_NUMBER_INVALID)
      .optional(),
  })
  .superRefine(({ to, reason }, ctx) => {
    if (to === "REFUSED" && !reason) ctx.addIssue({ code: "custom", path: ["reason"], message: REFUSAL_REASON_REQUIRED });
  })
  // The reason belongs to a refusal, the tracking number to a shipment: any other move ignores them.
  .transform(({ reason, trackingNumber, ...move }) => ({
    ...move,
    reason: move.to === "REFUSED" ? reason : undefined,
    trackingNumber: move.to === "SHIPPED" && trackingNumber ? trackingNumber : undefined,
  }));

export type AdvanceConsortiumOrderInput = z.input<typeof advanceConsortiumOrderSchema>;

/** The consortium page's filter: one status, or all. */
export const consortiumFilterSchema = z.object({ statut: z.enum(ORDER_STATUSES, { message: "Statut inconnu." }).optional() });
