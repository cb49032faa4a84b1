"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { cancelOrderAction } from "@/app/(etablissement)/commandes/actions";
import { ConfirmButton } from "@/components/modal/confirm-button";
import { ActionOutcome, settle, useOutcome } from "@/components/ui/action-outcome";

export function CancelOrderButton({ orderId }: { orderId: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const { outcome, setOutcome } = useOutcome();
  const cancel = () =>
    startTransition(async () => {
      const result = await settle(cancelOrderAction({ orderId }));
      setOutcome(result.ok ? null : result);
      router.refresh();
    });
  return (
    <>
      <ConfirmButton text="Annuler la commande" disabled={pending} title="Annuler cette commande ?" confirmText="Annuler la commande" onConfirm={cancel}>
        <p>La commande ne sera pas livrée ; les quantités prises sur votre contingent de la semaine vous sont rendues. Une commande annulée ne peut pas être rétablie.</p>
      </ConfirmButton>
      <ActionOutcome outcome={outcome} />
    </>
  );
}
