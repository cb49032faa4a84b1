"use client";

import { usePathname } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { TextAreaField } from "@/components/ui/text-area-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/server/action";
import type { DecideRequestInput } from "@/lib/schemas/requests";

/**
 * Approve or reject one pending request; a refusal needs a reason, which the requester will read. Once decided, the
 * request leaves the pending list: the page, reloaded with `?decision=<id>`, says what became of it.
 */
export function DecisionForm({
  requestId,
  subject,
  action,
  confirmation,
}: {
  requestId: string;
  /** What is decided, for the buttons' accessible names: "la demande de Camille Martin". */
  subject: string;
  action: (input: DecideRequestInput) => Promise<ActionResult<unknown>>;
  /** A checkbox the decider ticks to approve what the page warns about (a second APE); the server refuses without it. */
  confirmation?: string;
}) {
  const pathname = usePathname();
  const { field, register, setValue, shell } = useActionForm<DecideRequestInput, unknown>({
    schema: () => import("@/lib/schemas/requests").then((m) => m.decideRequestSchema),
    action,
    defaultValues: { requestId, decision: "APPROVED", reason: "", confirmed: false },
    navigateTo: () => `${pathname}?decision=${encodeURIComponent(requestId)}`,
  });
  const decide = (decision: DecideRequestInput["decision"]) => () => setValue("decision", decision);
  return (
    <ActionForm
      shell={shell}
      className=""
      buttons={
        <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
          <li>
            <button type="submit" className="fr-btn" disabled={shell.pending} onClick={decide("APPROVED")} aria-label={`Accepter ${subject}`}>
              Accepter
            </button>
          </li>
          <li>
            <button type="submit" className="fr-btn fr-btn--secondary" disabled={shell.pending} onClick={decide("REJECTED")} aria-label={`Refuser ${subject}`}>
              Refuser
            </button>
          </li>
        </ul>
      }
    >
      <TextAreaField id={`reason-${requestId}`} label="Motif de la décision" hint="Obligatoire pour un refus" rows={2} {...field("reason")} />
      {confirmation && (
        <div className="fr-checkbox-group fr-checkbox-group--sm fr-mb-2w">
          <input type="checkbox" id={`confirmed-${requestId}`} {...register("confirmed")} />
          <label className="fr-label" htmlFor={`confirmed-${requestId}`}>
            {confirmation}
          </label>
        </div>
      )}
    </ActionForm>
  );
}
