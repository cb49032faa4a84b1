"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/server/action";

/** « Mettre fin à ses sessions »: asks for confirmation, then says how many sessions were ended, or why not. */
export function EndSessionsButton({
  action,
  userId,
  email,
}: {
  action: (input: { userId: string }) => Promise<ActionResult<{ ended: number }>>;
  userId: string;
  email: string;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const run = () => {
    if (!window.confirm(`Mettre fin à toutes les sessions de ${email} ? Il devra se reconnecter.`)) return;
    startTransition(async () => {
      const result = await action({ userId }).catch(() => null);
      if (!result) setOutcome({ ok: false, text: "Le serveur n'a pas répondu : rechargez la page pour voir si les sessions ont pris fin." });
      else if (!result.ok) setOutcome({ ok: false, text: result.error });
      else {
        const { ended } = result.data;
        setOutcome({ ok: true, text: ended === 0 ? "Aucune session n'était ouverte." : `${ended} session${ended > 1 ? "s ont" : " a"} pris fin.` });
      }
      router.refresh();
    });
  };
  return (
    <>
      <button type="button" className="fr-btn fr-btn--secondary" onClick={run} disabled={pending}>
        Mettre fin à ses sessions
      </button>
      <div role="status" className="fr-mt-2w">
        {outcome && <p className={outcome.ok ? "fr-valid-text" : "fr-error-text"}>{outcome.text}</p>}
      </div>
    </>
  );
}
