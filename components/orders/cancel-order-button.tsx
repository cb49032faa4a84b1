"use client";

import { useState } from "react";
import { cancelOrderAction } from "@/app/(etablissement)/commandes/actions";
import { ConfirmButton } from "@/components/modal/confirm-button";
import { ActionOutcome, useOutcome } from "@/components/ui/action-outcome";
import { CANCELLATION_WORDING } from "@/lib/domain/orders/channel-wording";
import type { OrderChannel } from "@/lib/domain/orders/order-status";

/**
 * Cancels an order once confirmed, in its channel's words (a consortium order has no quota to give back). The outcome
 * stays where the button was (the button goes once the order is cancelled), so that the focus lands on the sentence
 * saying it was done.
 */
export function CancelOrderButton({ orderId, cancellable, channel }: { orderId: string; cancellable: boolean; channel: OrderChannel }) {
  const { outcome, run } = useOutcome();
  const [pending, setPending] = useState(false);
  const wording = CANCELLATION_WORDING[channel];
  async function cancel() {
    setPending(true);
    await run(cancelOrderAction({ orderId }), () => wording.done);
    setPending(false);
  }
  return (
    <>
      <ActionOutcome outcome={outcome} testId="cancel-outcome" />
      {cancellable && (
        <>
          <p>{wording.hint}</p>
          <ConfirmButton text="Annuler la commande" disabled={pending} title="Annuler cette commande ?" confirmText="Annuler la commande" onConfirm={cancel}>
            <p>{wording.confirm}</p>
          </ConfirmButton>
        </>
      )}
    </>
  );
}
