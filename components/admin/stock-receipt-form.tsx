"use client";

import { recordStockReceiptAction } from "@/app/(admin)/admin/stock/actions";
import { TextField } from "@/components/ui/text-field";
import { formatCount } from "@/lib/domain/wording/french";
import type { StockReceiptFormInput } from "@/lib/schemas/stock";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField } from "@/components/ui/select-field";
import { useActionForm } from "@/components/ui/use-action-form";

/** Records units received into the state stock. */
export function StockReceiptForm({ products }: { products: ReadonlyArray<{ value: string; label: string }> }) {
  const { field, shell } = useActionForm<StockReceiptFormInput, { reference: string; quantity: number }>({
    schema: () => import("@/lib/schemas/stock").then((m) => m.recordStockReceiptSchema),
    action: recordStockReceiptAction,
    defaultValues: { productId: "", quantity: "", reference: "" },
    success: ({ reference, quantity }) => `Réception enregistrée : le stock national de ${reference} est de ${formatCount(quantity)} unités.`,
    resetOnSuccess: true,
  });
  return (
    <ActionForm shell={shell} submitLabel="Enregistrer la réception">
      <SelectField id="receipt-product" label="Produit reçu" placeholder="Choisir un produit" options={products} {...field("productId")} />
      <TextField id="receipt-quantity" label="Quantité reçue, en unités" hint="Par exemple 20 000 pour 400 boîtes de 50" inputMode="numeric" {...field("quantity")} />
      <TextField id="receipt-reference" label="Référence du bon de livraison (facultative)" {...field("reference")} />
    </ActionForm>
  );
}
