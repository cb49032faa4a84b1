"use client";

import { useState } from "react";
import { runAllocationAction } from "@/app/(admin)/admin/allocation/actions";
import { ConfirmButton } from "@/components/modal/confirm-button";
import { ActionOutcome, useOutcome } from "@/components/ui/action-outcome";
import { agreeing, countOf, formatCount, nounOf, PACKAGINGS, packsOf, type Packaging } from "@/lib/domain/wording/french";

const ORDER = nounOf("commande", true);

/** Runs a round's allocation — after the cut-off, or forced before it (which closes the requests). */
export function RunAllocationButton({ roundId, packaging, force }: { roundId: string; packaging: Packaging; force: boolean }) {
  const { outcome, run } = useOutcome();
  const [pending, setPending] = useState(false);
  async function allocate() {
    setPending(true);
    await run(runAllocationAction({ roundId, force }), ({ alreadyAllocated, totalAllocatedPacks, totalRequestedPacks, orders }) =>
      alreadyAllocated
        ? "Cette répartition avait déjà été faite : rien n'a changé."
        : `Répartition faite : ${packsOf(totalAllocatedPacks, packaging)} sur ${formatCount(totalRequestedPacks)} ${agreeing("demandé", totalRequestedPacks, PACKAGINGS[packaging])}, ${countOf(orders, ORDER)} ${agreeing("créé", orders, ORDER)}.`,
    );
    setPending(false);
  }
  return (
    <>
      <ActionOutcome outcome={outcome} />
      <ConfirmButton
        text={force ? "Forcer la répartition maintenant (clôt les demandes)" : "Lancer la répartition"}
        className={`fr-btn ${force ? "fr-btn--secondary" : ""}`}
        disabled={pending}
        title={force ? "Forcer la répartition avant la date limite ?" : "Lancer la répartition ?"}
        confirmText={force ? "Forcer la répartition" : "Lancer la répartition"}
        onConfirm={allocate}
      >
        <p>
          Le stock est réparti entre les demandes reçues et une commande est créée pour chaque établissement servi ; la
          répartition ne peut pas être refaite.{force ? " Les établissements qui n'ont pas encore demandé ne pourront plus le faire." : ""}
        </p>
      </ConfirmButton>
    </>
  );
}
