"use client";

import { useSyncExternalStore, type ReactNode } from "react";
import { ActionOutcome } from "./action-outcome";
import type { ActionFormState } from "./use-action-form";

const subscribeNever = () => () => {};

/** False in the server's HTML, true once React runs: before that, a click would submit the form natively. */
function useHydrated(): boolean {
  return useSyncExternalStore(subscribeNever, () => true, () => false);
}

/**
 * The frame of every form: its outcome first (focused when it appears), its fields — in a fieldset when a `legend`
 * names them —, then its submit button, or `buttons` when the form has its own.
 */
export function ActionForm({
  shell: { onSubmit, prepare, outcome, pending },
  submitLabel,
  pendingLabel,
  buttons,
  disabled = false,
  legend,
  className = "fr-mb-6w fr-col-12 fr-col-lg-8",
  outcomeTitle,
  outcomeTestId,
  outcomeDetails,
  children,
}: {
  shell: ActionFormState;
  submitLabel?: ReactNode;
  pendingLabel?: string;
  buttons?: ReactNode;
  disabled?: boolean;
  legend?: string;
  className?: string;
  outcomeTitle?: string;
  outcomeTestId?: string;
  /** Replaces the outcome's sentence when a refusal needs more (a counter-offer to accept). */
  outcomeDetails?: ReactNode;
  children: ReactNode;
}) {
  const hydrated = useHydrated();
  const submit = buttons ?? (
    <button type="submit" className="fr-btn" disabled={!hydrated || pending || disabled}>
      {pending && pendingLabel ? pendingLabel : submitLabel}
    </button>
  );
  return (
    <form onSubmit={onSubmit} onFocus={prepare} noValidate className={className}>
      <ActionOutcome outcome={outcome} title={outcomeTitle} testId={outcomeTestId}>
        {outcomeDetails}
      </ActionOutcome>
      {legend ? (
        <fieldset className="fr-fieldset">
          <legend className="fr-fieldset__legend">{legend}</legend>
          <div className="fr-fieldset__element">{children}</div>
          <div className="fr-fieldset__element">{submit}</div>
        </fieldset>
      ) : (
        <>
          {children}
          {submit}
        </>
      )}
    </form>
  );
}
