"use client";

import { useEffect, useRef } from "react";

export type ActionMessageValue = { ok: boolean; text: string } | null;

/** The outcome of a form's action: announced (aria-live) and focused, green or red. */
export function ActionMessage({ message, testId }: { message: ActionMessageValue; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  return (
    <div ref={ref} tabIndex={-1} aria-live="polite" data-testid={testId}>
      {message && (
        <div className={`fr-alert fr-alert--sm fr-mb-3w ${message.ok ? "fr-alert--success" : "fr-alert--error"}`} role={message.ok ? undefined : "alert"}>
          <p>{message.text}</p>
        </div>
      )}
    </div>
  );
}
