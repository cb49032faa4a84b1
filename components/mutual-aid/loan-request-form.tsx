"use client";

import { useState } from "react";
import { requestLoanAction } from "@/app/(etablissement)/entraide/actions";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField } from "@/components/ui/select-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { CountField } from "@/components/ui/count-field";
import type { RequestLoanInput } from "@/lib/schemas/mutual-aid";
import { formatCount } from "@/lib/domain/wording/french";

export interface LenderChoice {
  finess: string;
  label: string;
  productId: string;
  suggestedUnits: number;
}

/** A short establishment asks one of the proposed neighbours for a loan of a product of the category. */
export function LoanRequestForm({ code, lenders, products }: { code: string; lenders: LenderChoice[]; products: Array<{ id: string; name: string }> }) {
  const first = lenders[0];
  const [lender, setLender] = useState(first);
  const { field, register, errors, shell } = useActionForm<RequestLoanInput, { number: number }>({
    schema: () => import("@/lib/schemas/mutual-aid").then((m) => m.requestLoanSchema),
    action: requestLoanAction,
    defaultValues: { lenderFiness: first.finess, productId: first.productId, units: String(first.suggestedUnits), note: "" },
    success: ({ number }) => `Demande de prêt n° ${number} envoyée : l'établissement prêteur la voit sur sa page Entraide.`,
  });
  const lenderField = register("lenderFiness", { onChange: (e) => setLender(lenders.find((l) => l.finess === e.target.value) ?? first) });
  return (
    <ActionForm shell={shell} submitLabel="Demander un prêt">
      <SelectField id={`loan-lender-${code}`} label="Établissement prêteur" placeholder="Choisissez un établissement" options={lenders.map((l) => ({ value: l.finess, label: l.label }))} error={errors.lenderFiness?.message} {...lenderField} />
      <SelectField id={`loan-product-${code}`} label="Produit" placeholder="Choisissez le produit" options={products.map((p) => ({ value: p.id, label: p.name }))} {...field("productId")} />
      <CountField
        id={`loan-units-${code}`}
        label="Quantité demandée, en unités"
        hint={`Proposé : ${formatCount(lender.suggestedUnits)} (ce qui vous manque pour 3 semaines, dans la limite de ce que le prêteur peut donner)`}
        {...field("units")}
      />
      <TextField id={`loan-note-${code}`} label="Message au prêteur (facultatif)" {...field("note")} />
    </ActionForm>
  );
}
