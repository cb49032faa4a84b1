"use client";

import { useState, type FormEvent } from "react";
import { advanceOrdersAction } from "@/app/(logistique)/logistique/actions";
import { ActionOutcome, useOutcome } from "@/components/ui/action-outcome";
import { BULK_TARGETS, type BulkTarget } from "@/lib/domain/logistics/bulk-moves";
import { LOGISTICS_MOVE_LABELS } from "@/lib/domain/logistics/logistics-move";
import { countOf } from "@/lib/domain/wording/french";

export const BULK_FORM_ID = "bulk-advance";

/**
 * Moves the orders ticked in the table (their checkboxes belong to this form by `form="bulk-advance"`) to the step
 * chosen, all or nothing; shipping goes through the CSV of tracking numbers, each order needing its own.
 */
export function BulkAdvanceForm() {
  const { outcome, run } = useOutcome();
  const [pending, setPending] = useState(false);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const orderIds = data.getAll("orderIds").map(String);
    const to = String(data.get("to")) as BulkTarget;
    setPending(true);
    await run(advanceOrdersAction({ orderIds, to }), ({ moved }) => `${countOf(moved, "commande")} : « ${LOGISTICS_MOVE_LABELS[to]} » fait.`, () =>
      form.querySelectorAll<HTMLInputElement>("input[name=orderIds]").forEach((box) => (box.checked = false)),
    );
    setPending(false);
  }
  return (
    <form id={BULK_FORM_ID} onSubmit={submit} aria-label="Faire avancer les commandes cochées" className="fr-mb-3w">
      <ActionOutcome outcome={outcome} testId="bulk-outcome" />
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        <div className="fr-col-12 fr-col-md-6">
          <div className="fr-select-group">
            <label className="fr-label" htmlFor="bulk-to">
              Pour les commandes cochées
            </label>
            <select className="fr-select" id="bulk-to" name="to" defaultValue={BULK_TARGETS[0]}>
              {BULK_TARGETS.map((to) => (
                <option key={to} value={to}>
                  {LOGISTICS_MOVE_LABELS[to]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <button type="submit" className="fr-btn" disabled={pending}>
            Appliquer aux commandes cochées
          </button>
        </div>
      </div>
    </form>
  );
}
