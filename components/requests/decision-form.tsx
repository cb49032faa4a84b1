"use client";

import { usePathname, useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { ActionOutcome, settle, useOutcome } from "@/components/ui/action-outcome";
import type { ActionResult } from "@/lib/server/action";
import { decideRequestSchema, type DecideRequestInput } from "@/lib/schemas/requests";
import { TextAreaField } from "./text-area-field";

/**
 * Approve or reject one pending request; a refusal needs a reason, which the requester will read. Once decided, the
 * request leaves the pending list: the page, reloaded with `?decision=<id>`, says what became of it.
 */
export function DecisionForm({
  requestId,
  subject,
  action,
}: {
  requestId: string;
  /** What is decided, for the buttons' accessible names: "la demande de Camille Martin". */
  subject: string;
  action: (input: DecideRequestInput) => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const { outcome, setOutcome } = useOutcome();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<{ reason: string }>({ defaultValues: { reason: "" } });
  const decide = (decision: "APPROVED" | "REJECTED") =>
    handleSubmit(async ({ reason }) => {
      const parsed = decideRequestSchema.safeParse({ requestId, decision, reason });
      if (!parsed.success) {
        setError("reason", { message: parsed.error.issues[0].message }, { shouldFocus: true });
        return;
      }
      // On success the page itself says what became of the request (?decision=…): only a refusal shows here.
      const result = await settle(action(parsed.data));
      if (result.ok) router.replace(`${pathname}?decision=${encodeURIComponent(requestId)}`, { scroll: false });
      else setOutcome(result);
    });
  return (
    <form noValidate onSubmit={(event) => event.preventDefault()}>
      <TextAreaField id={`reason-${requestId}`} label="Motif de la décision" hint="Obligatoire pour un refus" rows={2} error={errors.reason?.message} {...register("reason")} />
      <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
        <li>
          <button type="button" className="fr-btn" disabled={isSubmitting} onClick={decide("APPROVED")} aria-label={`Accepter ${subject}`}>
            Accepter
          </button>
        </li>
        <li>
          <button type="button" className="fr-btn fr-btn--secondary" disabled={isSubmitting} onClick={decide("REJECTED")} aria-label={`Refuser ${subject}`}>
            Refuser
          </button>
        </li>
      </ul>
      <ActionOutcome outcome={outcome} />
    </form>
  );
}
