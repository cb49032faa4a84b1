"use client";

import { useState } from "react";
import { cancelOrderAction } from "@/app/(etablissement)/commandes/actions";
import { ConfirmButton } from "@/components/modal/confirm-button";
import { ActionOutcome, useOutcome } from "@/components/ui/action-outcome";

/**
 * Cancels an order once confirmed. The outcome stays where the button was (the button goes once the order is
 * cancelled), so that the focus lands on the sentence saying it was done.
 */
export function CancelOrderButton({ orderId, cancellable }: { orderId: string; cancellable: boolean }) {
  const { outcome, run } = useOutcome();
  const [pending, setPending] = useState(false);
  async function cancel() {
    setPending(true);
    await run(cancelOrderAction({ orderId }), () => "Commande annulée : les quantités prises sur votre contingent de la semaine vous sont rendues.");
    setPending(false);
  }
  return (
    <>
      <ActionOutcome outcome={outcome} testId="cancel-outcome" />
      {cancellable && (
        <>
          <p>Tant qu&apos;elle n&apos;est pas en préparation, la commande peut être annulée ; le contingent et le stock sont alors rendus.</p>
          <ConfirmButton text="Annuler la commande" disabled={pending} title="Annuler cette commande ?" confirmText="Annuler la commande" onConfirm={cancel}>
            <p>La commande ne sera pas livrée ; les quantités prises sur votre contingent de la semaine vous sont rendues. Une commande annulée ne peut pas être rétablie.</p>
          </ConfirmButton>
        </>
      )}
    </>
  );
}
