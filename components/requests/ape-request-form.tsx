"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { requestApeAction } from "@/app/(etablissement)/ape/actions";
import { requestApeSchema, type RequestApeInput } from "@/lib/schemas/requests";
import { FormMessage } from "./form-message";
import { TextAreaField } from "./text-area-field";

export function ApeRequestForm() {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<RequestApeInput>({ resolver: zodResolver(requestApeSchema) });
  const onSubmit = handleSubmit(async (values) => {
    const result = await requestApeAction(values);
    setMessage(result.ok ? { ok: true, text: "Demande envoyée à votre ARS : vous verrez sa décision sur cette page." } : { ok: false, text: result.error });
    if (result.ok) {
      reset();
      router.refresh();
    }
  });
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
      <FormMessage message={message} testId="ape-request-outcome" />
    </form>
  );
}
