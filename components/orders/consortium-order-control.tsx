"use client";

import { advanceConsortiumOrderAction } from "@/app/(groupement)/groupement/actions";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { CONSORTIUM_MOVE_LABELS, type ConsortiumTarget } from "@/lib/domain/orders/consortium-move";
import type { AdvanceConsortiumOrderInput } from "@/lib/schemas/consortium";

/** One move of a consortium order: refusing asks the reason, shipping the tracking number if there is one. */
export function ConsortiumOrderControl({ orderId, number, to }: { orderId: string; number: number; to: ConsortiumTarget }) {
  // The row moves to its new status on success: the refreshed page is the result, only a refusal is worth a message.
  const { field, shell } = useActionForm<AdvanceConsortiumOrderInput, unknown>({
    schema: () => import("@/lib/schemas/consortium").then((m) => m.advanceConsortiumOrderSchema),
    action: advanceConsortiumOrderAction,
    defaultValues: { orderId, to, ...(to === "REFUSED" ? { reason: "" } : {}), ...(to === "SHIPPED" ? { trackingNumber: "" } : {}) },
  });
  return (
    <ActionForm
      shell={shell}
      className="fr-mb-2w"
      buttons={
        <button type="submit" className={`fr-btn fr-btn--sm${to === "REFUSED" ? " fr-btn--secondary" : ""}`} disabled={shell.pending}>
          {CONSORTIUM_MOVE_LABELS[to]}
          <span className="fr-sr-only"> : commande n° {number}</span>
        </button>
      }
    >
      {to === "REFUSED" && (
        <TextField id={`reason-${orderId}`} label={`Motif du refus de la commande n° ${number}`} autoComplete="off" {...field("reason")} />
      )}
      {to === "SHIPPED" && (
        <TextField
          id={`consortium-tracking-${orderId}`}
          label={`Numéro de suivi de la commande n° ${number}`}
          hint="Facultatif ; 4 à 40 lettres, chiffres ou tirets"
          autoComplete="off"
          {...field("trackingNumber")}
        />
      )}
    </ActionForm>
  );
}
