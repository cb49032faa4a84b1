"use client";

import { requestQuotaRevisionAction } from "@/app/(etablissement)/contingent/actions";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { CountField } from "@/components/ui/count-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { WeekPicker } from "@/components/ui/week-picker";
import { JUSTIFICATION_MIN, REVISION_MAX_WEEKS } from "@/lib/domain/quota/revision-bounds";
import type { RequestQuotaRevisionFormInput } from "@/lib/schemas/quota-revision";

interface Props {
  /** Categories with the account's weekly quota next week, tension or not, preformatted ("390 masques la semaine prochaine"). */
  categories: Array<{ code: string; name: string; current: string }>;
  nextWeek: string;
}

/** An establishment asks its ARS for a higher weekly quota for a few weeks, with its reasons. */
export function RevisionRequestForm({ categories, nextWeek }: Props) {
  const { field, register, errors, shell } = useActionForm<RequestQuotaRevisionFormInput, unknown>({
    schema: () => import("@/lib/schemas/quota-revision").then((m) => m.requestQuotaRevisionSchema),
    action: requestQuotaRevisionAction,
    defaultValues: { categoryCode: "", fromWeek: nextWeek, weeks: 4, justification: "" },
    success: () => "Demande envoyée à votre ARS : vous verrez sa décision ci-dessous.",
    resetOnSuccess: true,
  });
  return (
    <ActionForm shell={shell} legend="Demander un contingent plus élevé" submitLabel="Envoyer la demande à mon ARS" outcomeTestId="revision-outcome">
      <SelectField
        id="revision-category"
        label="Catégorie d'EPI"
        placeholder="Choisir une catégorie"
        options={categories.map((c) => ({ value: c.code, label: `${c.name} (contingent : ${c.current})` }))}
        {...field("categoryCode")}
      />
      <CountField
        id="revision-units"
        label="Contingent hebdomadaire demandé (unités)"
        hint="Plus que votre contingent actuel"
        {...field("requestedUnits")}
      />
      <WeekPicker id="revision-from" legend="À partir de la semaine" defaultValue={nextWeek} error={errors.fromWeek?.message} field={register("fromWeek")} />
      <CountField
        id="revision-weeks"
        label="Pendant combien de semaines"
        hint={`De 1 à ${REVISION_MAX_WEEKS}`}
        max={REVISION_MAX_WEEKS}
        {...field("weeks")}
      />
      <TextAreaField
        id="revision-justification"
        label="Justification"
        hint={`${JUSTIFICATION_MIN} caractères au moins : épidémie, hausse d'activité, service de soins à domicile dont les visites ne figurent pas dans la capacité…`}
        rows={4}
        {...field("justification")}
      />
    </ActionForm>
  );
}
