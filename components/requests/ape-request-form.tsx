"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { requestApeAction } from "@/app/(etablissement)/ape/actions";
import { requestApeSchema, type RequestApeInput } from "@/lib/schemas/requests";
import { ActionOutcome, useOutcome } from "@/components/ui/action-outcome";
import { TextAreaField } from "./text-area-field";

export function ApeRequestForm() {
  const { outcome, run } = useOutcome();
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<RequestApeInput>({ resolver: zodResolver(requestApeSchema) });
  const onSubmit = handleSubmit((values) => run(requestApeAction(values), () => "Demande envoyée à votre ARS : vous verrez sa décision sur cette page.", () => reset()));
  return (
    <form onSubmit={onSubmit} noValidate className="fr-mb-6w">
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">Demander le rôle d&apos;administrateur principal</legend>
        <div className="fr-fieldset__element">
          <TextAreaField
            id="ape-motivation"
            label="Motivation"
            hint="Votre fonction dans l'établissement et pourquoi vous gérerez les accès de ses utilisateurs"
            error={errors.motivation?.message}
            {...register("motivation")}
          />
        </div>
        <div className="fr-fieldset__element">
          <button type="submit" className="fr-btn" disabled={isSubmitting}>
            Envoyer la demande à l&apos;ARS
          </button>
        </div>
      </fieldset>
      <ActionOutcome outcome={outcome} testId="ape-request-outcome" />
    </form>
  );
}
