"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { requestAllocationAction } from "@/app/(etablissement)/allocation/actions";
import { ActionOutcome, useOutcome } from "@/components/ui/action-outcome";
import { TextField } from "@/components/ui/text-field";
import { requestAllocationSchema, type RequestAllocationFormInput } from "@/lib/schemas/allocation";

/** An establishment's request in a round, in boxes; sending it again before the cut-off replaces it. */
export function AllocationRequestForm({ roundId, maxPacks, currentPacks }: { roundId: string; maxPacks: number; currentPacks: number | null }) {
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
    run(requestAllocationAction(values), ({ packs }) => `Demande enregistrée : ${packs} boîte(s). Vous pouvez la modifier jusqu'à la date limite.`),
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <ActionOutcome outcome={outcome} testId={`allocation-outcome-${roundId}`} />
      <input type="hidden" {...register("roundId")} />
      <TextField
        id={`packs-${roundId}`}
        label={currentPacks === null ? "Nombre de boîtes demandées" : "Modifier le nombre de boîtes demandées"}
        hint={`Au plus ${maxPacks} boîte(s) : ce qui reste de votre contingent de la semaine.`}
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
