import { BULK_MOVE_MAX, BULK_TARGETS } from "@/lib/domain/logistics/bulk-moves";
import { LOGISTICS_TARGETS } from "@/lib/domain/logistics/logistics-move";
import { CARRIER_LABELS, type Carrier } from "@/lib/domain/orders/carrier";
import { STATE_STATUSES } from "@/lib/domain/orders/order-status";
import { orderIdField, TRACKING_NUMBER, TRACKING_NUMBER_INVALID } from "./order-move";
import { weekKeyField } from "./week";
import { z } from "./zod";

export const TRACKING_NUMBER_REQUIRED = "Indiquez le numéro de suivi du colis pour marquer la commande expédiée.";

/** A logistician moves one order to its next status; shipping needs the carrier's tracking number. */
export const advanceOrderSchema = z
  .object({
    orderId: orderIdField(),
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

/** The logistics page's filters; absent means the current week, every status, carrier and region, page 1. */
export const logisticsFilterSchema = z.object({
  semaine: weekKeySchema.optional(),
  // The state's logistics never hold a consortium order: its statuses (confirmée, refusée) are not a filter here.
  statut: z.enum(STATE_STATUSES, { message: "Statut inconnu." }).optional(),
  transporteur: z.enum(Object.keys(CARRIER_LABELS) as [Carrier, ...Carrier[]], { message: "Transporteur inconnu." }).optional(),
  region: z.string().regex(/^\d{2}$/, "Région inconnue.").optional(),
  page: z.coerce.number().int().min(1).catch(1).optional(),
});

/** A logistician moves the orders they ticked to their next status (preparation or delivery) in one go. */
export const bulkAdvanceSchema = z.object({
  orderIds: z
    .array(z.string().trim().min(1).max(40))
    .min(1, "Cochez au moins une commande à faire avancer.")
    .max(BULK_MOVE_MAX, `Faites avancer au plus ${BULK_MOVE_MAX} commandes à la fois.`),
  to: z.enum(BULK_TARGETS, { message: "Choisissez l'étape : mise en préparation ou livraison." }),
});

export type BulkAdvanceInput = z.infer<typeof bulkAdvanceSchema>;

/** One line of the carrier's CSV of tracking numbers: an order's number and its parcel's tracking number. */
export const trackingLineSchema = z.object({
  orderNumber: z
    .string()
    .trim()
    .regex(/^\d{1,9}$/, "Le numéro de commande est un nombre (ex. : 1042).")
    .transform(Number),
  trackingNumber: z.string().trim().min(1, "Le numéro de suivi manque.").regex(TRACKING_NUMBER, TRACKING_NUMBER_INVALID),
});

/** A file of 5 000 lines of « 123456;6A12345678901 » is some 100 Ko: the limit leaves room and stays under 1 Mo. */
const TRACKING_CSV_MAX_CHARS = 500_000;

/** The CSV of tracking numbers a logistician uploads, as its text (read in the browser). */
export const trackingUploadSchema = z.object({
  csv: z
    .string()
    .min(1, "Choisissez le fichier CSV des numéros de suivi (numéro de commande;numéro de suivi).")
    .max(TRACKING_CSV_MAX_CHARS, "Fichier trop volumineux : 500 Ko au plus. Envoyez-le en plusieurs fichiers."),
});

export type TrackingUploadInput = z.infer<typeof trackingUploadSchema>;
