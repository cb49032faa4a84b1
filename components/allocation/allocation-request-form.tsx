"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { requestAllocationAction } from "@/app/(etablissement)/allocation/actions";
import { ActionOutcome, useOutcome } from "@/components/ui/action-outcome";
import { TextField } from "@/components/ui/text-field";
import { agreeing, PACKAGINGS, packsOf, type Packaging } from "@/lib/domain/wording/french";
import { requestAllocationSchema, type RequestAllocationFormInput } from "@/lib/schemas/allocation";

/** An establishment's request in a round, in boxes; sending it again before the cut-off replaces it. */
export function AllocationRequestForm({ roundId, packaging, maxPacks, currentPacks }: { roundId: string; packaging: Packaging; maxPacks: number; currentPacks: number | null }) {
  const { outcome, run } = useOutcome();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<RequestAllocationFormInput>({
    resolver: zodResolver(requestAllocationSchema),
    defaultValues: { roundId, packs: currentPacks ?? undefined },
  });
  const onSubmit = handleSubmit((values) =>
    run(requestAllocationAction(values), ({ packs }) => `Demande enregistrée : ${packsOf(packs, packaging)}. Vous pouvez la modifier jusqu'à la date limite.`),
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <ActionOutcome outcome={outcome} testId={`allocation-outcome-${roundId}`} />
      <input type="hidden" {...register("roundId")} />
      <TextField
        id={`packs-${roundId}`}
        label={`${currentPacks === null ? "Nombre" : "Modifier le nombre"} de ${PACKAGINGS[packaging].other} ${agreeing("demandé", 2, PACKAGINGS[packaging])}`}
        hint={`Au plus ${packsOf(maxPacks, packaging)} : ce qui reste de votre contingent de la semaine.`}
        type="number"
        min={1}
        max={maxPacks}
        step={1}
        inputMode="numeric"
        error={errors.packs?.message}
        {...register("packs")}
      />
      <button type="submit" className="fr-btn" disabled={isSubmitting || maxPacks === 0}>
        {currentPacks === null ? "Envoyer ma demande" : "Modifier ma demande"}
      </button>
    </form>
  );
}
