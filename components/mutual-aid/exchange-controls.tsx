"use client";

import { moveExchangeAction } from "@/app/(etablissement)/entraide/actions";
import { ActionButton } from "@/components/admin/action-button";
import { AdminFormShell } from "@/components/admin/admin-form-shell";
import { useAdminForm } from "@/components/admin/use-admin-form";
import { TextField } from "@/components/ui/text-field";
import { canMoveExchange, type ExchangeParty, type ExchangeStatus } from "@/lib/domain/mutual-aid/exchange-status";
import { moveExchangeSchema, type MoveExchangeInput } from "@/lib/schemas/mutual-aid";

const BUTTONS: Array<{ to: Exclude<ExchangeStatus, "ACCEPTED" | "OFFERED" | "REQUESTED">; text: string; confirmation?: string }> = [
  { to: "HANDED_OVER", text: "Confirmer la remise", confirmation: "Confirmer la remise ? Votre stock déclaré baissera de la quantité prêtée." },
  { to: "RECEIVED", text: "Confirmer la réception", confirmation: "Confirmer la réception ? Votre stock déclaré augmentera de la quantité prêtée." },
  { to: "DECLINED", text: "Refuser" },
  { to: "WITHDRAWN", text: "Retirer l'offre" },
  { to: "CANCELLED", text: "Annuler l'échange" },
];

/** What one party can do next on one exchange, as the transition table allows. */
export function ExchangeControls({ id, number, status, party, requestedUnits }: { id: string; number: number; status: ExchangeStatus; party: ExchangeParty; requestedUnits: number }) {
  const buttons = BUTTONS.filter((b) => canMoveExchange(status, b.to, party));
  return (
    <div className="fr-mt-2w">
      {canMoveExchange(status, "ACCEPTED", party) && <AcceptForm id={id} number={number} requestedUnits={requestedUnits} />}
      <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
        {buttons.map((b) => (
          <li key={b.to}>
            <ActionButton action={moveExchangeAction} input={{ exchangeId: id, to: b.to }} text={b.text} label={`${b.text} – échange n° ${number}`} confirmation={b.confirmation} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The lender accepts, for the whole request or less. */
function AcceptForm({ id, number, requestedUnits }: { id: string; number: number; requestedUnits: number }) {
  const { register, errors, shell } = useAdminForm<MoveExchangeInput, unknown>({
    schema: moveExchangeSchema,
    action: moveExchangeAction,
    defaultValues: { exchangeId: id, to: "ACCEPTED", agreedUnits: String(requestedUnits) },
    success: () => `Prêt n° ${number} accepté : confirmez la remise quand les EPI sont partis.`,
  });
  return (
    <AdminFormShell {...shell} submitLabel={`Accepter le prêt n° ${number}`}>
      <input type="hidden" {...register("exchangeId")} />
      <input type="hidden" {...register("to")} />
      <TextField
        id={`accept-units-${id}`}
        label={`Quantité prêtée pour l'échange n° ${number}, en unités`}
        hint={`${requestedUnits} demandées ; vous pouvez en prêter moins`}
        type="number"
        inputMode="numeric"
        min={1}
        max={requestedUnits}
        error={errors.agreedUnits?.message}
        {...register("agreedUnits")}
      />
    </AdminFormShell>
  );
}
