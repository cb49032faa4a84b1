import type { ReactNode } from "react";
import { ActionOutcome } from "@/components/ui/action-outcome";
import type { AdminFormShellProps } from "./use-admin-form";

/** The frame of every national-admin form: its outcome, its fields, its submit button. */
export function AdminFormShell({ onSubmit, outcome, isSubmitting, submitLabel, children }: AdminFormShellProps & { submitLabel: string; children: ReactNode }) {
  return (
    <form onSubmit={onSubmit} noValidate className="fr-mb-6w fr-col-12 fr-col-lg-8">
      <ActionOutcome outcome={outcome} />
      {children}
      <button type="submit" className="fr-btn" disabled={isSubmitting}>
        {submitLabel}
      </button>
    </form>
  );
}
