"use client";

import { declareStockAction } from "@/app/(etablissement)/stock/actions";
import { ActionForm } from "@/components/ui/action-form";
import { ListError } from "@/components/ui/list-error";
import { QuantityInput } from "@/components/ui/quantity-input";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { countOf, formatDateTime, inNumber, nounOf } from "@/lib/domain/wording/french";
import type { DeclareStockFormInput } from "@/lib/schemas/stock-declaration";
import { DataTable } from "@/components/ui/data-table";

export interface DeclarableProduct {
  id: string;
  name: string;
  unitLabel: string;
  /** "1 200 masques au 23/11/2026 10:00", preformatted by the server. */
  lastDeclared: string | null;
}

interface Props {
  products: DeclarableProduct[];
  /** Paris calendar dates bounding the date of count: today and eight weeks back (or the last declaration's day). */
  today: string;
  earliest: string;
}

/** A stock count: units on hand for each product counted (blank = not counted), optionally dated earlier. */
export function DeclarationForm({ products, today, earliest }: Props) {
  const { field, register, errors, shell } = useActionForm<DeclareStockFormInput, { count: number; declaredAt: string }>({
    schema: () => import("@/lib/schemas/stock-declaration").then((m) => m.declareStockSchema),
    action: declareStockAction,
    defaultValues: { countedOn: "", lines: products.map((p) => ({ productId: p.id, quantity: "" })) },
    success: ({ count, declaredAt }) => `Déclaration enregistrée : ${countOf(count, "produit")} au ${formatDateTime(new Date(declaredAt))}.`,
    resetOnSuccess: true,
  });
  return (
    <ActionForm shell={shell} className="fr-mb-6w" submitLabel="Enregistrer la déclaration" pendingLabel="Envoi…" outcomeTestId="declaration-outcome">
      <TextField
        id="counted-on"
        label="Date du comptage"
        hint="Laissez vide pour un comptage fait aujourd'hui. Au plus 8 semaines en arrière, et pas avant votre déclaration précédente."
        type="date"
        min={earliest}
        max={today}
        {...field("countedOn")}
      />
      <ListError error={errors.lines} />
      <DataTable caption="Stock compté par produit" hideCaption columns={["Produit", "Dernière déclaration", "Stock compté (unités)"]}>
        {products.map((product, index) => (
          <tr key={product.id}>
            <th scope="row">{product.name}</th>
            <td>{product.lastDeclared ?? "Jamais déclaré"}</td>
            <td>
              <input type="hidden" {...register(`lines.${index}.productId`)} />
              <QuantityInput
                id={`stock-${product.id}`}
                label={`Stock compté en ${inNumber(2, nounOf(product.unitLabel))} : ${product.name}`}
                {...field(`lines.${index}.quantity`)}
              />
            </td>
          </tr>
        ))}
      </DataTable>
    </ActionForm>
  );
}
