"use client";

import { useState } from "react";
import { ConfirmButton } from "@/components/modal/confirm-button";
import { ActionOutcome, useOutcome } from "@/components/ui/action-outcome";
import { countOf, inNumber, type Noun } from "@/lib/domain/wording/french";
import type { ActionResult } from "@/lib/server/action";

/** « a » or « ont » pris fin, agreeing with the count. */
const HAVE: Noun = { one: "a", other: "ont", feminine: false };

/** « Mettre fin à ses sessions »: asks for confirmation in a DSFR dialog, then says how many sessions were ended, or why not. */
export function EndSessionsButton({
  action,
  userId,
  email,
}: {
  action: (input: { userId: string }) => Promise<ActionResult<{ ended: number }>>;
  userId: string;
  email: string;
}) {
  const { outcome, run } = useOutcome();
  const [pending, setPending] = useState(false);
  async function end() {
    setPending(true);
    await run(action({ userId }), ({ ended }) =>
      ended === 0 ? "Aucune session n'était ouverte." : `${countOf(ended, "session")} ${inNumber(ended, HAVE)} pris fin.`,
    );
    setPending(false);
  }
  return (
    <>
      <ConfirmButton text="Mettre fin à ses sessions" disabled={pending} title={`Mettre fin à toutes les sessions de ${email} ?`} confirmText="Mettre fin à ses sessions" onConfirm={end}>
        <p>Il devra se reconnecter sur chacun de ses navigateurs.</p>
      </ConfirmButton>
      <ActionOutcome outcome={outcome} />
    </>
  );
}
