"use client";

import { offerSurplusAction } from "@/app/(etablissement)/entraide/actions";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField } from "@/components/ui/select-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { CountField } from "@/components/ui/count-field";
import type { OfferSurplusInput } from "@/lib/schemas/mutual-aid";

/** An establishment with stock to spare puts part of it on its ARS's list. */
export function SurplusOfferForm({ products }: { products: Array<{ id: string; name: string }> }) {
  const { field, shell } = useActionForm<OfferSurplusInput, { number: number }>({
    schema: () => import("@/lib/schemas/mutual-aid").then((m) => m.offerSurplusSchema),
    action: offerSurplusAction,
    defaultValues: { productId: "", units: "", note: "" },
    success: ({ number }) => `Offre n° ${number} transmise à votre ARS, qui peut l'attribuer à un établissement dans le besoin.`,
    resetOnSuccess: true,
  });
  return (
    <ActionForm shell={shell} submitLabel="Proposer ce surplus à mon ARS">
      <SelectField id="offer-product" label="Produit" placeholder="Choisissez le produit" options={products.map((p) => ({ value: p.id, label: p.name }))} {...field("productId")} />
      <CountField id="offer-units" label="Quantité proposée, en unités" {...field("units")} />
      <TextField id="offer-note" label="Précisions (facultatif)" hint="Date de péremption, conditions d'enlèvement…" {...field("note")} />
    </ActionForm>
  );
}
