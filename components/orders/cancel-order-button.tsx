"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { cancelOrderAction } from "@/app/(etablissement)/commandes/actions";

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
      <button type="button" className="fr-btn fr-btn--secondary" onClick={cancel} disabled={pending}>
        Annuler la commande
      </button>
      {error && (
        <p className="fr-error-text" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
