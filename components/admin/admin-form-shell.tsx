import type { ReactNode } from "react";
import type { AdminFormShellProps, FormOutcome } from "./use-admin-form";

/** The result of a submission, focused when it appears (by useAdminForm) so that it is read out. */
function FormOutcomeAlert({ outcome, alertRef }: { outcome: FormOutcome | null; alertRef: AdminFormShellProps["alertRef"] }) {
  if (!outcome) return null;
  return (
    <div
      className={`fr-alert fr-alert--sm fr-mb-3w ${outcome.ok ? "fr-alert--success" : "fr-alert--error"}`}
      role={outcome.ok ? "status" : "alert"}
      tabIndex={-1}
      ref={alertRef}
    >
      <p>{outcome.text}</p>
    </div>
  );
}

/** The frame of every national-admin form: its outcome, its fields, its submit button. */
export function AdminFormShell({ onSubmit, outcome, alertRef, isSubmitting, submitLabel, children }: AdminFormShellProps & { submitLabel: string; children: ReactNode }) {
  return (
    <form onSubmit={onSubmit} noValidate className="fr-mb-6w fr-col-12 fr-col-lg-8">
      <FormOutcomeAlert outcome={outcome} alertRef={alertRef} />
      {children}
      <button type="submit" className="fr-btn" disabled={isSubmitting}>
        {submitLabel}
      </button>
    </form>
  );
}
