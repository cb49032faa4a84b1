"use client";

import { moveExchangeAction } from "@/app/(etablissement)/entraide/actions";
import { ActionButton } from "@/components/admin/action-button";
import { ActionForm } from "@/components/ui/action-form";
import { useActionForm } from "@/components/ui/use-action-form";
import { CountField } from "@/components/ui/count-field";
import { canMoveExchange, type ExchangeParty, type ExchangeStatus } from "@/lib/domain/mutual-aid/exchange-status";
import type { MoveExchangeInput } from "@/lib/schemas/mutual-aid";
import { useEffect, useRef } from "react";

const BUTTONS: Array<{ to: Exclude<ExchangeStatus, "ACCEPTED" | "OFFERED" | "REQUESTED">; text: string; confirmation?: (unitsText: string) => string }> = [
  { to: "HANDED_OVER", text: "Confirmer la remise", confirmation: (units) => `Confirmer la remise ? Votre stock déclaré baissera de ${units}.` },
  { to: "RECEIVED", text: "Confirmer la réception", confirmation: (units) => `Confirmer la réception ? Votre stock déclaré augmentera de ${units}.` },
  { to: "DECLINED", text: "Refuser" },
  { to: "WITHDRAWN", text: "Retirer l'offre" },
  { to: "CANCELLED", text: "Annuler l'échange" },
];

/**
 * What one party can do next on one exchange, as the transition table allows. `units` is the quantity at stake (agreed,
 * else requested), `unitsText` the same in words (« 1 000 gants »).
 */
export function ExchangeControls({ id, number, status, party, units, unitsText }: { id: string; number: number; status: ExchangeStatus; party: ExchangeParty; units: number; unitsText: string }) {
  const buttons = BUTTONS.filter((b) => canMoveExchange(status, b.to, party));
  const previous = useRef(status);
  useEffect(() => {
    if (previous.current === status) return;
    previous.current = status;
    // The control just used went with the step it took: the focus goes back to the exchange (its title carries the new
    // status) rather than to the top of the page.
    if (!document.activeElement || document.activeElement === document.body) document.getElementById(`exchange-${number}-title`)?.focus();
  }, [status, number]);
  return (
    <div className="fr-mt-2w">
      {canMoveExchange(status, "ACCEPTED", party) && <AcceptForm id={id} number={number} requestedUnits={units} requestedText={unitsText} />}
      <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
        {buttons.map((b) => (
          <li key={b.to}>
            <ActionButton action={moveExchangeAction} input={{ exchangeId: id, to: b.to }} text={b.text} label={`${b.text} – échange n° ${number}`} confirmation={b.confirmation?.(unitsText)} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The lender accepts, for the whole request or less. */
function AcceptForm({ id, number, requestedUnits, requestedText }: { id: string; number: number; requestedUnits: number; requestedText: string }) {
  const { field, register, shell } = useActionForm<MoveExchangeInput, unknown>({
    schema: () => import("@/lib/schemas/mutual-aid").then((m) => m.moveExchangeSchema),
    action: moveExchangeAction,
    defaultValues: { exchangeId: id, to: "ACCEPTED", agreedUnits: String(requestedUnits) },
    success: () => `Prêt n° ${number} accepté : confirmez la remise quand les EPI sont partis.`,
  });
  return (
    <ActionForm shell={shell} submitLabel={`Accepter le prêt n° ${number}`}>
      <input type="hidden" {...register("exchangeId")} />
      <input type="hidden" {...register("to")} />
      <CountField
        id={`accept-units-${id}`}
        label={`Quantité prêtée pour l'échange n° ${number}, en unités`}
        hint={`Demandé : ${requestedText} ; vous pouvez en prêter moins`}
        max={requestedUnits}
        {...field("agreedUnits")}
      />
    </ActionForm>
  );
}
