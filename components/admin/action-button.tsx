"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { ConfirmButton } from "@/components/modal/confirm-button";
import { ActionOutcome, settle, useOutcome } from "@/components/ui/action-outcome";
import type { ActionResult } from "@/lib/server/action";

/**
 * One button, one server action on one row (end a decree, remove an override). `label` names the row for screen
 * readers; `confirmation`, when given, is asked first in a DSFR dialog, since these changes are not undone by a second
 * click.
 */
export function ActionButton<I>({
  action,
  input,
  text,
  label,
  confirmation,
}: {
  action: (input: I) => Promise<ActionResult<unknown>>;
  input: I;
  text: string;
  label: string;
  confirmation?: string;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const { outcome, setOutcome } = useOutcome();
  const run = () =>
    startTransition(async () => {
      const result = await settle(action(input));
      // The row changes or goes on success; only a refusal is worth a message. Refreshed either way.
      setOutcome(result.ok ? null : result);
      router.refresh();
    });
  const className = "fr-btn fr-btn--sm fr-btn--secondary";
  return (
    <>
      {confirmation ? (
        <ConfirmButton text={text} label={label} className={className} disabled={pending} title={`${label} ?`} confirmText={text} onConfirm={run}>
          <p>{confirmation}</p>
        </ConfirmButton>
      ) : (
        <button type="button" className={className} onClick={run} disabled={pending} aria-label={label}>
          {text}
        </button>
      )}
      <ActionOutcome outcome={outcome} />
    </>
  );
}
