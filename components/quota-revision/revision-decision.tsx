"use client";

import { approveQuotaRevisionAction, rejectQuotaRevisionAction } from "@/app/(ars)/revisions-contingent/actions";
import { ActionForm } from "@/components/ui/action-form";
import { TextAreaField } from "@/components/ui/text-area-field";
import { CountField } from "@/components/ui/count-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ApproveQuotaRevisionFormInput, RejectQuotaRevisionFormInput } from "@/lib/schemas/quota-revision";

/** The ARS approves a revision with the weekly units it grants, or refuses it with a reason. */
export function RevisionDecision({ requestId, requestedUnits }: { requestId: string; requestedUnits: number }) {
  const approve = useActionForm<ApproveQuotaRevisionFormInput, { fromWeek: string; toWeek: string }>({
    schema: () => import("@/lib/schemas/quota-revision").then((m) => m.approveQuotaRevisionSchema),
    action: approveQuotaRevisionAction,
    defaultValues: { requestId, grantedUnits: requestedUnits },
    success: ({ fromWeek, toWeek }) => `Révision accordée pour les semaines ${fromWeek} à ${toWeek}.`,
  });
  const reject = useActionForm<RejectQuotaRevisionFormInput, unknown>({
    schema: () => import("@/lib/schemas/quota-revision").then((m) => m.rejectQuotaRevisionSchema),
    action: rejectQuotaRevisionAction,
    defaultValues: { requestId, reason: "" },
    success: () => "Révision refusée ; l'établissement voit votre motif.",
  });
  return (
    <div className="fr-grid-row fr-grid-row--gutters">
      <ActionForm shell={approve.shell} className="fr-col-12 fr-col-md-6" submitLabel="Accorder">
        <input type="hidden" {...approve.register("requestId")} />
        <CountField
          id={`granted-${requestId}`}
          label="Contingent accordé (unités par semaine)"
          max={requestedUnits}
          {...approve.field("grantedUnits")}
        />
      </ActionForm>
      <ActionForm
        shell={reject.shell}
        className="fr-col-12 fr-col-md-6"
        buttons={
          <button type="submit" className="fr-btn fr-btn--secondary" disabled={reject.shell.pending}>
            Refuser
          </button>
        }
      >
        <input type="hidden" {...reject.register("requestId")} />
        <TextAreaField id={`reason-${requestId}`} label="Motif du refus" rows={2} {...reject.field("reason")} />
      </ActionForm>
    </div>
  );
}
