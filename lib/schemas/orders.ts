import { z } from "./zod";
import { integerField } from "./numbers";
import { packLinesSchema } from "./pack-lines";

export const ORDER_KINDS = ["STATE_STOCK", "CONSORTIUM"] as const;

export const PURCHASE_ORDER_REQUIRED = "Indiquez le numéro de bon de commande de l'établissement.";
export const PURCHASE_ORDER_INVALID = "Numéro de bon de commande : 40 caractères au plus, lettres, chiffres, espaces et - / . _ seulement.";
export const BILLING_ADDRESS_REQUIRED = "Indiquez l'adresse de facturation (nom, rue, code postal et commune).";
export const BILLING_ADDRESS_TOO_LONG = "Adresse de facturation : 500 caractères au plus.";

/** The establishment's purchase-order number, which the consortium's invoice will quote. */
const purchaseOrderNumber = z
  .string()
  .trim()
  .max(40, PURCHASE_ORDER_INVALID)
  .regex(/^[\p{L}\p{N} /._-]*$/u, PURCHASE_ORDER_INVALID)
  .optional();

/** Where the consortium sends its invoice: free text, several lines. */
const billingAddress = z.string().trim().max(500, BILLING_ADDRESS_TOO_LONG).optional();

/**
 * One order, in packs of products: the same schema checks the form and the server action. A consortium order (paid,
 * invoiced by RESAH – UniHA) also needs a purchase-order number and a billing address, checked on its recap step.
 */
export const placeOrderSchema = z
  .object({
    /** Chosen by the form once per order: a double click or a retried request places one order. */
    idempotencyKey: z.uuid("Identifiant de commande invalide : rechargez la page."),
    kind: z.enum(ORDER_KINDS, { message: "Type de commande inconnu." }),
    /** For a public multi-site EJ: the ET to deliver. */
    deliveryFiness: z
      .string()
      .regex(/^[0-9][0-9AB][0-9]{7}$/, "Choisissez l'établissement à livrer.")
      .optional(),
    lines: packLinesSchema("commande"),
    purchaseOrderNumber,
    billingAddress,
  })
  .superRefine((order, context) => {
    if (order.kind !== "CONSORTIUM") return;
    if (!order.purchaseOrderNumber) context.addIssue({ code: "custom", path: ["purchaseOrderNumber"], message: PURCHASE_ORDER_REQUIRED });
    if (!order.billingAddress || order.billingAddress.length < 10) context.addIssue({ code: "custom", path: ["billingAddress"], message: BILLING_ADDRESS_REQUIRED });
  });

export type PlaceOrderInput = z.input<typeof placeOrderSchema>;

export const cancelOrderSchema = z.object({ orderId: z.string().min(1).max(40) });

export const RECEIPT_NOTE_REQUIRED = "Décrivez l'écart constaté (boîtes manquantes, abîmées…) : il est transmis avec la réception.";

/**
 * The establishment confirms receipt of a state order: the packs counted per line (the ordered quantity by default),
 * and a note, required when a count differs from the order.
 */
export const confirmReceiptSchema = z.object({
  orderId: z.string().min(1).max(40),
  lines: z
    .array(
      z.object({
        lineId: z.string().min(1).max(40),
        orderedPacks: z.number().int().min(0),
        receivedPacks: z.preprocess(
          (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
          integerField({
            min: 0,
            max: 100_000,
            invalid: "Indiquez le nombre entier de boîtes reçues.",
            tooSmall: "Le nombre de boîtes reçues ne peut pas être négatif.",
            tooBig: "100 000 boîtes au plus par produit.",
          }),
        ),
      }),
    )
    .min(1)
    .max(50),
  note: z.string().trim().max(1000, "Remarque : 1 000 caractères au plus.").optional(),
}).superRefine((receipt, context) => {
  if (receipt.lines.some((l) => l.receivedPacks !== l.orderedPacks) && !receipt.note) context.addIssue({ code: "custom", path: ["note"], message: RECEIPT_NOTE_REQUIRED });
});

export type ConfirmReceiptInput = z.input<typeof confirmReceiptSchema>;
