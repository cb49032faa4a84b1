"use client";

import { updateQuotaParametersAction } from "@/app/(admin)/admin/quotas/actions";
import { TextField } from "@/components/ui/text-field";
import { WeekPicker } from "@/components/ui/week-picker";
import { fromWeekLabel, weekLabel } from "@/lib/domain/time/week-choices";
import { nounOf } from "@/lib/domain/wording/french";
import type { QuotaParametersFormInput } from "@/lib/schemas/quota";
import { ActionForm } from "@/components/ui/action-form";
import { useActionForm } from "@/components/ui/use-action-form";

/**
 * A category's weekly quota parameters, in units per bed/place and per salaried staff member, from a chosen week
 * (next week unless the admin picks another; the week under way keeps what was ordered in it).
 */
export function QuotaParametersForm({
  parameters,
  name,
  unitLabel,
  currentWeek,
}: {
  parameters: QuotaParametersFormInput;
  name: string;
  unitLabel: string;
  currentWeek: string;
}) {
  const { field, register, errors, shell } = useActionForm<QuotaParametersFormInput, { fromWeek: string }>({
    schema: () => import("@/lib/schemas/quota").then((m) => m.quotaParametersSchema),
    action: updateQuotaParametersAction,
    defaultValues: parameters,
    success: ({ fromWeek }) => `Paramètres de quota de la catégorie ${name} enregistrés, applicables ${fromWeekLabel(fromWeek)}.`,
  });
  const hint = `En ${nounOf(unitLabel).other} par semaine, décimales possibles (par exemple 1,5)`;
  return (
    <ActionForm shell={shell} submitLabel="Enregistrer les paramètres">
      <TextField id="quota-per-capacity" label="Par lit ou place" hint={hint} inputMode="decimal" {...field("quotaPerCapacityUnit")} />
      <TextField id="quota-per-staff" label="Par salarié" hint={hint} inputMode="decimal" {...field("quotaPerStaffMember")} />
      <WeekPicker
        id="quota-from-week"
        legend="À partir de la semaine"
        hint={`Cette semaine : ${weekLabel(currentWeek)}. Les semaines d'avant gardent leurs paramètres ; choisie, la semaine en cours ne descend jamais sous ce qui y est déjà commandé.`}
        around={Number(currentWeek.slice(0, 4))}
        defaultValue={parameters.fromWeek}
        error={errors.fromWeek?.message}
        field={register("fromWeek")}
      />
    </ActionForm>
  );
}
