"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ConfirmButton } from "@/components/modal/confirm-button";
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
  const [error, setError] = useState<string | null>(null);
  const run = () =>
    startTransition(async () => {
      const result = await action(input);
      setError(result.ok ? null : result.error);
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
      {error && (
        <p className="fr-error-text" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
