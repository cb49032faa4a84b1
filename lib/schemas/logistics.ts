import { LOGISTICS_TARGETS } from "@/lib/domain/logistics/logistics-move";
import { ORDER_STATUSES } from "@/lib/domain/orders/order-status";
import { weekKeyField } from "./week";
import { z } from "./zod";

const TRACKING_NUMBER = /^[A-Za-z0-9-]{4,40}$/;
export const TRACKING_NUMBER_REQUIRED = "Indiquez le numéro de suivi du colis pour marquer la commande expédiée.";
export const TRACKING_NUMBER_INVALID = "Le numéro de suivi comporte de 4 à 40 caractères : lettres, chiffres et tirets uniquement.";

/** A logistician moves one order to its next status; shipping needs the carrier's tracking number. */
export const advanceOrderSchema = z
  .object({
    orderId: z.string().trim().min(1, "Commande introuvable.").max(40, "Commande introuvable."),
    to: z.enum(LOGISTICS_TARGETS, { message: "Étape inconnue : choisissez préparation, expédition ou livraison." }),
    trackingNumber: z.string().trim().optional(),
  })
  .superRefine(({ to, trackingNumber }, ctx) => {
    if (to !== "SHIPPED") return;
    if (!trackingNumber) ctx.addIssue({ code: "custom", path: ["trackingNumber"], message: TRACKING_NUMBER_REQUIRED });
    else if (!TRACKING_NUMBER.test(trackingNumber)) ctx.addIssue({ code: "custom", path: ["trackingNumber"], message: TRACKING_NUMBER_INVALID });
  })
  // A tracking number belongs to the shipment only: any other move ignores it.
  .transform(({ trackingNumber, ...move }) => ({ ...move, trackingNumber: move.to === "SHIPPED" ? trackingNumber : undefined }));

export type AdvanceOrderInput = z.input<typeof advanceOrderSchema>;

/** An ISO week key as the URL carries it (?semaine=2026-W48). */
export const weekKeySchema = weekKeyField();

/** The logistics page's filters; absent means the current week and every status. */
export const logisticsFilterSchema = z.object({
  semaine: weekKeySchema.optional(),
  statut: z.enum(ORDER_STATUSES, { message: "Statut inconnu." }).optional(),
});
