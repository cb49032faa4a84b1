"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { approveQuotaRevisionAction, rejectQuotaRevisionAction } from "@/app/(ars)/revisions-contingent/actions";
import { ActionOutcome, useOutcome } from "@/components/ui/action-outcome";
import { FormField } from "@/components/ui/form-field";
import { TextField } from "@/components/ui/text-field";
import {
  approveQuotaRevisionSchema,
  rejectQuotaRevisionSchema,
  type ApproveQuotaRevisionFormInput,
  type RejectQuotaRevisionFormInput,
} from "@/lib/schemas/quota-revision";

/** The ARS approves a revision with the weekly units it grants, or refuses it with a reason. */
export function RevisionDecision({ requestId, requestedUnits }: { requestId: string; requestedUnits: number }) {
  const { outcome, run } = useOutcome();
  const approve = useForm<ApproveQuotaRevisionFormInput>({ resolver: zodResolver(approveQuotaRevisionSchema), defaultValues: { requestId, grantedUnits: requestedUnits } });
  const reject = useForm<RejectQuotaRevisionFormInput>({ resolver: zodResolver(rejectQuotaRevisionSchema), defaultValues: { requestId, reason: "" } });

  const onApprove = approve.handleSubmit((values) =>
    run(approveQuotaRevisionAction(values), ({ fromWeek, toWeek }) => `Révision accordée pour les semaines ${fromWeek} à ${toWeek}.`),
  );
  const onReject = reject.handleSubmit((values) => run(rejectQuotaRevisionAction(values), () => "Révision refusée ; l'établissement voit votre motif."));

  return (
    <div className="fr-grid-row fr-grid-row--gutters">
      <div className="fr-col-12">
        <ActionOutcome outcome={outcome} />
      </div>
      <form onSubmit={onApprove} noValidate className="fr-col-12 fr-col-md-6">
        <input type="hidden" {...approve.register("requestId")} />
        <TextField
          id={`granted-${requestId}`}
          label="Contingent accordé (unités par semaine)"
          type="number"
          min={1}
          max={requestedUnits}
          step={1}
          inputMode="numeric"
          error={approve.formState.errors.grantedUnits?.message}
          {...approve.register("grantedUnits")}
        />
        <button type="submit" className="fr-btn" disabled={approve.formState.isSubmitting}>
          Accorder
        </button>
      </form>
      <form onSubmit={onReject} noValidate className="fr-col-12 fr-col-md-6">
        <input type="hidden" {...reject.register("requestId")} />
        <FormField id={`reason-${requestId}`} label="Motif du refus" error={reject.formState.errors.reason?.message}>
          {(control) => <textarea rows={2} {...control} {...reject.register("reason")} />}
        </FormField>
        <button type="submit" className="fr-btn fr-btn--secondary" disabled={reject.formState.isSubmitting}>
          Refuser
        </button>
      </form>
    </div>
  );
}
