import { CONSORTIUM_TARGETS } from "@/lib/domain/orders/consortium-move";
import { ORDER_STATUSES } from "@/lib/domain/orders/order-status";
import { z } from "./zod";

export const REFUSAL_REASON_REQUIRED = "Indiquez le motif du refus : l'établissement le lira sur sa commande.";
export const REFUSAL_REASON_TOO_LONG = "Motif du refus : 500 caractères au plus.";
export const CONSORTIUM_TRACKING_INVALID = "Le numéro de suivi comporte de 4 à 40 caractères : lettres, chiffres et tirets uniquement.";

/**
 * The consortium moves one of its orders: confirm, refuse (with the reason the establishment reads), ship (with the
 * carrier's tracking number if it has one), deliver.
 */
export const advanceConsortiumOrderSchema = z
  .object({
    orderId: z.string().trim().min(1, "Commande introuvable.").max(40, "Commande introuvable."),
    to: z.enum(CONSORTIUM_TARGETS, { message: "Étape inconnue : choisissez confirmer, refuser, expédier ou livrer." }),
    reason: z.string().trim().max(500, REFUSAL_REASON_TOO_LONG).optional(),
    trackingNumber: z
      .string()
      .trim()
      .regex(/^([A-Za-z0-9-]{4,40})?$/, CONSORTIUM_TRACKING_INVALID)
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
