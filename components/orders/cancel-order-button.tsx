"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { cancelOrderAction } from "@/app/(etablissement)/commandes/actions";
import { ConfirmButton } from "@/components/modal/confirm-button";

export function CancelOrderButton({ orderId }: { orderId: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const cancel = () =>
    startTransition(async () => {
      const result = await cancelOrderAction({ orderId });
      setError(result.ok ? null : result.error);
      router.refresh();
    });
  return (
    <>
      <ConfirmButton text="Annuler la commande" disabled={pending} title="Annuler cette commande ?" confirmText="Annuler la commande" onConfirm={cancel}>
        <p>La commande ne sera pas livrée ; les quantités prises sur votre contingent de la semaine vous sont rendues. Une commande annulée ne peut pas être rétablie.</p>
      </ConfirmButton>
      {error && (
        <p className="fr-error-text" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
