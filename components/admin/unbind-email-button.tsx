"use client";

import { useState } from "react";
import { ConfirmButton } from "@/components/modal/confirm-button";
import { ActionOutcome, useOutcome } from "@/components/ui/action-outcome";
import type { ActionResult } from "@/lib/server/action";

/**
 * « Délier l'adresse »: asks for confirmation, then says which FINESS the e-mail was unbound from, or why not. An
 * e-mail bound to nothing has no button, but the outcome stays: the refreshed page says the e-mail is now unbound.
 */
export function UnbindEmailButton({
  action,
  userId,
  email,
  finess,
}: {
  action: (input: { userId: string }) => Promise<ActionResult<{ finess: string }>>;
  userId: string;
  email: string;
  finess: string | null;
}) {
  const { outcome, run } = useOutcome();
  const [pending, setPending] = useState(false);
  async function unbind() {
    setPending(true);
    await run(action({ userId }), (done) => `L'adresse ${email} n'est plus rattachée au FINESS ${done.finess}.`);
    setPending(false);
  }
  return (
    <>
      {finess && (
        <ConfirmButton text="Délier l'adresse" disabled={pending} title={`Délier ${email} du FINESS ${finess} ?`} confirmText="Délier l'adresse" onConfirm={unbind}>
          <p>
            Ses sessions prennent fin. À sa prochaine connexion, il s&apos;inscrira de nouveau et pourra choisir un autre
            établissement parmi ses profils PLAGE.
          </p>
        </ConfirmButton>
      )}
      <ActionOutcome outcome={outcome} />
    </>
  );
}
