import { isCalendarDate } from "@/lib/domain/time/paris-time";
import { integerField } from "./numbers";
import { z } from "./zod";


/** An empty field means "not counted", never 0. */
const emptyToUndefined = (value: unknown) => (value === "" || value === null || value === undefined ? undefined : value);

const quantity = z.preprocess(
  emptyToUndefined,
  integerField({
    min: 0,
    max: 100_000_000,
    invalid: "Indiquez un nombre entier d'unités.",
    tooSmall: "Le stock ne peut pas être négatif.",
    tooBig: "100 000 000 unités au plus par produit.",
  }).optional(),
);

/** A stock count: units on hand per product (blank = not counted), and optionally the day it was counted. */
export const declareStockSchema = z.object({
  countedOn: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "Indiquez la date du comptage au format jj/mm/aaaa.", abort: true })
      .refine(isCalendarDate, "Cette date n'existe pas.")
      .optional(),
  ),
  lines: z
    .array(z.object({ productId: z.string().min(1).max(40), quantity }))
    .max(200, "200 produits au plus par déclaration.")
    .refine((lines) => lines.some((l) => l.quantity !== undefined), "Indiquez le stock d'au moins un produit.")
    .refine((lines) => new Set(lines.map((l) => l.productId)).size === lines.length, "Un produit figure deux fois dans la déclaration."),
});

export type DeclareStockFormInput = z.input<typeof declareStockSchema>;
export type DeclareStockInput = z.output<typeof declareStockSchema>;
