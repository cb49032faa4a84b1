"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { advanceOrderAction } from "@/app/(logistique)/logistique/actions";
import { ActionOutcome, settle, useOutcome } from "@/components/ui/action-outcome";
import { LOGISTICS_MOVE_LABELS, type LogisticsTarget } from "@/lib/domain/logistics/logistics-move";
import { advanceOrderSchema } from "@/lib/schemas/logistics";

/** The button of an order's next logistics move; shipping asks for the tracking number first. */
export function AdvanceOrderControl({ orderId, number, to }: { orderId: string; number: number; to: LogisticsTarget }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [trackingNumber, setTrackingNumber] = useState("");
  // A tracking number the schema refuses is the field's error; any other refusal is the outcome's.
  const [fieldError, setFieldError] = useState<string | null>(null);
  const { outcome, setOutcome } = useOutcome();
  const trackingId = `tracking-${orderId}`;
  const errorId = `${trackingId}-error`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = { orderId, to, trackingNumber: to === "SHIPPED" ? trackingNumber : undefined };
    const checked = advanceOrderSchema.safeParse(input);
    setOutcome(null);
    setFieldError(checked.success ? null : checked.error.issues[0].message);
    if (!checked.success) return;
    startTransition(async () => {
      const result = await settle(advanceOrderAction(input));
      const trackingError = result.ok ? undefined : result.fieldErrors?.trackingNumber?.[0];
      setFieldError(trackingError ?? null);
      setOutcome(result.ok || trackingError ? null : result);
      // Refreshed either way: after a refusal, the row shows the status another logistician set.
      router.refresh();
    });
  };

  const invalid = to === "SHIPPED" && !!fieldError;
  return (
    <form onSubmit={submit} noValidate>
      {to === "SHIPPED" && (
        <div className={`fr-input-group fr-mb-1w${invalid ? " fr-input-group--error" : ""}`}>
          <label className="fr-label" htmlFor={trackingId}>
            Numéro de suivi <span className="fr-sr-only">de la commande n° {number}</span>
            <span className="fr-hint-text">4 à 40 lettres, chiffres ou tirets</span>
          </label>
          <input
            id={trackingId}
            className={`fr-input${invalid ? " fr-input--error" : ""}`}
            value={trackingNumber}
            onChange={(e) => setTrackingNumber(e.target.value)}
            autoComplete="off"
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? errorId : undefined}
          />
        </div>
      )}
      <button type="submit" className="fr-btn fr-btn--sm" disabled={pending}>
        {LOGISTICS_MOVE_LABELS[to]}
        <span className="fr-sr-only"> : commande n° {number}</span>
      </button>
      {fieldError && (
        <p className="fr-error-text" id={errorId} role="alert">
          {fieldError}
        </p>
      )}
      <ActionOutcome outcome={outcome} />
    </form>
  );
}
