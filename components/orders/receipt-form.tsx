"use client";

import { confirmReceiptAction } from "@/app/(etablissement)/commandes/actions";
import { ActionForm } from "@/components/ui/action-form";
import { TextAreaField } from "@/components/ui/text-area-field";
import { CountField } from "@/components/ui/count-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ConfirmReceiptInput } from "@/lib/schemas/orders";

/**
 * The establishment counts what arrived, per line (the ordered quantity by default), notes any discrepancy, and
 * confirms receipt, which closes the order.
 */
export function ReceiptForm({ orderId, lines }: { orderId: string; lines: Array<{ id: string; productName: string; packs: number }> }) {
  const { field, register, shell } = useActionForm<ConfirmReceiptInput, unknown>({
    schema: () => import("@/lib/schemas/orders").then((m) => m.confirmReceiptSchema),
    action: confirmReceiptAction,
    defaultValues: { orderId, lines: lines.map((l) => ({ lineId: l.id, orderedPacks: l.packs, receivedPacks: String(l.packs) })), note: "" },
  });
  return (
    <ActionForm shell={shell} legend="Confirmer la réception" submitLabel="Confirmer la réception" pendingLabel="Envoi…">
      <p className="fr-text--sm">Comptez les boîtes reçues ; si un nombre diffère de la commande, décrivez l&apos;écart.</p>
      {lines.map((line, index) => (
        <div key={line.id}>
          <input type="hidden" {...register(`lines.${index}.lineId`)} />
          <CountField
            id={`received-${line.id}`}
            label={`Boîtes reçues : ${line.productName} (commandées : ${line.packs})`}
            min={0}
            {...field(`lines.${index}.receivedPacks`)}
          />
        </div>
      ))}
      <TextAreaField id={`receipt-note-${orderId}`} label="Écart constaté (facultatif si tout est arrivé)" {...field("note")} />
    </ActionForm>
  );
}
