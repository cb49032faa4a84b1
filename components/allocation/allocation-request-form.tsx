"use client";

import { requestAllocationAction } from "@/app/(etablissement)/allocation/actions";
import { ActionForm } from "@/components/ui/action-form";
import { CountField } from "@/components/ui/count-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { agreeing, PACKAGINGS, packsOf, type Packaging } from "@/lib/domain/wording/french";
import type { RequestAllocationFormInput } from "@/lib/schemas/allocation";

/** An establishment's request in a round, in boxes; sending it again before the cut-off replaces it. */
export function AllocationRequestForm({ roundId, packaging, maxPacks, currentPacks }: { roundId: string; packaging: Packaging; maxPacks: number; currentPacks: number | null }) {
  const { field, register, shell } = useActionForm<RequestAllocationFormInput, { packs: number }>({
    schema: () => import("@/lib/schemas/allocation").then((m) => m.requestAllocationSchema),
    action: requestAllocationAction,
    defaultValues: { roundId, packs: currentPacks ?? undefined },
    success: ({ packs }) => `Demande enregistrée : ${packsOf(packs, packaging)}. Vous pouvez la modifier jusqu'à la date limite.`,
  });
  return (
    <ActionForm
      shell={shell}
      className=""
      submitLabel={currentPacks === null ? "Envoyer ma demande" : "Modifier ma demande"}
      disabled={maxPacks === 0}
      outcomeTestId={`allocation-outcome-${roundId}`}
    >
      <input type="hidden" {...register("roundId")} />
      <CountField
        id={`packs-${roundId}`}
        label={`${currentPacks === null ? "Nombre" : "Modifier le nombre"} de ${PACKAGINGS[packaging].other} ${agreeing("demandé", 2, PACKAGINGS[packaging])}`}
        hint={`Au plus ${packsOf(maxPacks, packaging)} : ce qui reste de votre contingent de la semaine.`}
        max={maxPacks}
        {...field("packs")}
      />
    </ActionForm>
  );
}
