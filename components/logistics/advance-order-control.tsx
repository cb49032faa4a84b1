"use client";

import { advanceOrderAction } from "@/app/(logistique)/logistique/actions";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { LOGISTICS_MOVE_LABELS, type LogisticsTarget } from "@/lib/domain/logistics/logistics-move";
import type { AdvanceOrderInput } from "@/lib/schemas/logistics";

/** The button of an order's next logistics move; shipping asks for the tracking number first. */
export function AdvanceOrderControl({ orderId, number, to }: { orderId: string; number: number; to: LogisticsTarget }) {
  // The row moves to its new status on success: the refreshed page is the result, only a refusal is worth a message.
  const { register, errors, shell } = useActionForm<AdvanceOrderInput, unknown>({
    schema: () => import("@/lib/schemas/logistics").then((m) => m.advanceOrderSchema),
    action: advanceOrderAction,
    defaultValues: to === "SHIPPED" ? { orderId, to, trackingNumber: "" } : { orderId, to },
  });
  return (
    <ActionForm
      shell={shell}
      className=""
      buttons={
        <button type="submit" className="fr-btn fr-btn--sm" disabled={shell.pending}>
          {LOGISTICS_MOVE_LABELS[to]}
          <span className="fr-sr-only"> : commande n° {number}</span>
        </button>
      }
    >
      {to === "SHIPPED" && (
        <TextField
          id={`tracking-${orderId}`}
          label={`Numéro de suivi de la commande n° ${number}`}
          hint="4 à 40 lettres, chiffres ou tirets"
          autoComplete="off"
          error={errors.trackingNumber?.message}
          {...register("trackingNumber")}
        />
      )}
    </ActionForm>
  );
}
