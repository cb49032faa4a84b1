"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { requestQuotaRevisionAction } from "@/app/(etablissement)/contingent/actions";
import { ActionOutcome, useOutcome } from "@/components/ui/action-outcome";
import { FormField } from "@/components/ui/form-field";
import { TextField } from "@/components/ui/text-field";
import { WeekPicker } from "@/components/ui/week-picker";
import { JUSTIFICATION_MIN, REVISION_MAX_WEEKS, requestQuotaRevisionSchema, type RequestQuotaRevisionFormInput } from "@/lib/schemas/quota-revision";

interface Props {
  /** Categories with the account's current weekly quota, preformatted ("390 masques par semaine"). */
  categories: Array<{ code: string; name: string; current: string }>;
  nextWeek: string;
}

/** An establishment asks its ARS for a higher weekly quota for a few weeks, with its reasons. */
export function RevisionRequestForm({ categories, nextWeek }: Props) {
  const { outcome, run } = useOutcome();
  const defaults = { categoryCode: "", fromWeek: nextWeek, weeks: 4, justification: "" };
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<RequestQuotaRevisionFormInput>({ resolver: zodResolver(requestQuotaRevisionSchema), defaultValues: defaults });
  const onSubmit = handleSubmit((values) =>
    run(requestQuotaRevisionAction(values), () => "Demande envoyée à votre ARS : vous verrez sa décision ci-dessous.", () => reset(defaults)),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="fr-mb-6w">
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">Demander un contingent plus élevé</legend>
        <div className="fr-fieldset__element">
          <ActionOutcome outcome={outcome} testId="revision-outcome" />
        </div>
        <div className="fr-fieldset__element">
          <FormField id="revision-category" label="Catégorie d'EPI" kind="select" error={errors.categoryCode?.message}>
            {(control) => (
              <select {...control} {...register("categoryCode")}>
                <option value="" disabled>
                  Choisir une catégorie
                </option>
                {categories.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name} (contingent actuel : {c.current})
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
        <div className="fr-fieldset__element">
          <TextField
            id="revision-units"
            label="Contingent hebdomadaire demandé (unités)"
            hint="Plus que votre contingent actuel"
            type="number"
            min={1}
            step={1}
            inputMode="numeric"
            error={errors.requestedUnits?.message}
            {...register("requestedUnits")}
          />
        </div>
        <div className="fr-fieldset__element">
          <WeekPicker id="revision-from" legend="À partir de la semaine" defaultValue={nextWeek} error={errors.fromWeek?.message} field={register("fromWeek")} />
        </div>
        <div className="fr-fieldset__element">
          <TextField
            id="revision-weeks"
            label="Pendant combien de semaines"
            hint={`De 1 à ${REVISION_MAX_WEEKS}`}
            type="number"
            min={1}
            max={REVISION_MAX_WEEKS}
            step={1}
            inputMode="numeric"
            error={errors.weeks?.message}
            {...register("weeks")}
          />
        </div>
        <div className="fr-fieldset__element">
          <FormField
            id="revision-justification"
            label="Justification"
            hint={`${JUSTIFICATION_MIN} caractères au moins : épidémie, hausse d'activité, service de soins à domicile dont les visites ne figurent pas dans la capacité…`}
            error={errors.justification?.message}
          >
            {(control) => <textarea rows={4} {...control} {...register("justification")} />}
          </FormField>
        </div>
        <div className="fr-fieldset__element">
          <button type="submit" className="fr-btn" disabled={isSubmitting}>
            Envoyer la demande à mon ARS
          </button>
        </div>
      </fieldset>
    </form>
  );
}
