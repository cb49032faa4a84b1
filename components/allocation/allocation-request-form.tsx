"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { requestAllocationAction } from "@/app/(etablissement)/allocation/actions";
import { ActionMessage, type ActionMessageValue } from "@/components/stock/action-message";
import { TextField } from "@/components/ui/text-field";
import { requestAllocationSchema, type RequestAllocationFormInput } from "@/lib/schemas/allocation";

/** An establishment's request in a round, in boxes; sending it again before the cut-off replaces it. */
export function AllocationRequestForm({ roundId, maxPacks, currentPacks }: { roundId: string; maxPacks: number; currentPacks: number | null }) {
  const router = useRouter();
  const [message, setMessage] = useState<ActionMessageValue>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<RequestAllocationFormInput>({
    resolver: zodResolver(requestAllocationSchema),
    defaultValues: { roundId, packs: currentPacks ?? undefined },
  });
  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const result = await requestAllocationAction(values);
    if (!result.ok) return setMessage({ ok: false, text: result.error });
    setMessage({ ok: true, text: `Demande enregistrée : ${result.data.packs} boîte(s). Vous pouvez la modifier jusqu'à la date limite.` });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <ActionMessage message={message} testId={`allocation-outcome-${roundId}`} />
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
