"use client";

import { updateQuotaParametersAction } from "@/app/(admin)/admin/quotas/actions";
import { TextField } from "@/components/ui/text-field";
import { nounOf } from "@/lib/domain/wording/french";
import { quotaParametersSchema, type QuotaParametersFormInput } from "@/lib/schemas/quota";
import { ActionForm } from "@/components/ui/action-form";
import { useActionForm } from "@/components/ui/use-action-form";

/** A category's weekly quota parameters, in units per bed/place and per salaried staff member. */
export function QuotaParametersForm({ parameters, name, unitLabel }: { parameters: QuotaParametersFormInput; name: string; unitLabel: string }) {
  const { register, errors, shell } = useActionForm<QuotaParametersFormInput, unknown>({
    schema: quotaParametersSchema,
    action: updateQuotaParametersAction,
    defaultValues: parameters,
    success: () => `Paramètres de quota de la catégorie ${name} enregistrés.`,
  });
  const hint = `En ${nounOf(unitLabel).other} par semaine, décimales possibles (par exemple 1,5)`;
  return (
    <ActionForm shell={shell} submitLabel="Enregistrer les paramètres">
      <TextField id="quota-per-capacity" label="Par lit ou place" hint={hint} inputMode="decimal" error={errors.quotaPerCapacityUnit?.message} {...register("quotaPerCapacityUnit")} />
      <TextField id="quota-per-staff" label="Par salarié" hint={hint} inputMode="decimal" error={errors.quotaPerStaffMember?.message} {...register("quotaPerStaffMember")} />
    </ActionForm>
  );
}
