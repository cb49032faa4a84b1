import { integerField } from "./numbers";
import { z } from "./zod";
import { optionalText, rowId } from "./text-fields";

/** A delivery into the state stock: units of one product, with the delivery note's reference if any. */
export const recordStockReceiptSchema = z.object({
  productId: rowId("Choisissez le produit reçu."),
  quantity: integerField({ min: 1, max: 100_000_000, invalid: "Indiquez le nombre d'unités reçues : un nombre entier d'au moins 1." }),
  reference: optionalText(100, "La référence ne dépasse pas 100 caractères."),
});

export type StockReceiptFormInput = z.input<typeof recordStockReceiptSchema>;
export type RecordStockReceiptInput = z.output<typeof recordStockReceiptSchema>;
