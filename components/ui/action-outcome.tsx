"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { inputRefusals, type Refusal } from "@/lib/domain/errors";
import type { ActionResult } from "@/lib/server/action";

/** What a form or a button came to: a success sentence, or the server's refusal (its code and its words). */
export type Outcome = { ok: true; text: string } | ({ ok: false } & Refusal);

/** Calls a server action; a call that fails on the way (network, server down) becomes a refusal like any other. */
export function settle<T>(call: Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  return call.catch(() => ({ ok: false as const, ...inputRefusals.refusal("SERVER_UNREACHABLE") }));
}

/** The outcome of an action's result: `success` says what was done. */
export function outcomeOf<T>(result: ActionResult<T>, success: (data: T) => string): Outcome {
  return result.ok ? { ok: true, text: success(result.data) } : { ok: false, code: result.code, message: result.message, details: result.details };
}

/**
 * A form's or a button's outcome, and `run` to call its action: the outcome is cleared, then set from the result;
 * after a success, `onSuccess` (a form's reset) and a refresh of the page's server data.
 */
export function useOutcome() {
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  async function run<T>(call: Promise<ActionResult<T>>, success: (data: T) => string, onSuccess?: () => void): Promise<ActionResult<T>> {
    setOutcome(null);
    const result = await settle(call);
    setOutcome(outcomeOf(result, success));
    if (result.ok) {
      onSuccess?.();
      router.refresh();
    }
    return result;
  }
  return { outcome, setOutcome, run };
}

/**
 * The one way results are shown: an alert, green or red, announced (aria-live) and focused when it appears so that
 * keyboard and screen reader users land on it. `children` replace the sentence when the refusal needs more (a
 * counter-offer to accept).
 */
export function ActionOutcome({ outcome, title, testId, children }: { outcome: Outcome | null; title?: string; testId?: string; children?: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome) ref.current?.focus();
  }, [outcome]);
  return (
    <div aria-live="polite" data-testid={testId}>
      {outcome && (
        <div
          ref={ref}
          tabIndex={-1}
          className={`fr-alert fr-alert--sm fr-mb-3w ${outcome.ok ? "fr-alert--success" : "fr-alert--error"}`}
          role={outcome.ok ? "status" : "alert"}
          data-refusal={outcome.ok ? undefined : outcome.code}
        >
          {title && <p className="fr-alert__title">{title}</p>}
          {children ?? <p>{outcome.ok ? outcome.text : outcome.message}</p>}
        </div>
      )}
    </div>
  );
}
