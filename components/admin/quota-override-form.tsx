"use client";

import { createQuotaOverrideAction } from "@/app/(admin)/admin/quotas/actions";
import { TextField } from "@/components/ui/text-field";
import { WeekPicker } from "@/components/ui/week-picker";
import { weekLabel } from "@/lib/domain/time/week-choices";
import type { QuotaOverrideFormInput } from "@/lib/schemas/quota";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField } from "@/components/ui/select-field";
import { useActionForm } from "@/components/ui/use-action-form";

/** Replaces one ET's computed weekly quota for a category, for a range of ISO weeks or open-ended. */
export function QuotaOverrideForm({
  categories,
  currentWeek,
  finess = "",
}: {
  categories: ReadonlyArray<{ value: string; label: string }>;
  currentWeek: string;
  finess?: string;
}) {
  const { field, register, errors, shell } = useActionForm<QuotaOverrideFormInput, { establishmentName: string }>({
    schema: () => import("@/lib/schemas/quota").then((m) => m.createQuotaOverrideSchema),
    action: createQuotaOverrideAction,
    defaultValues: { establishmentFiness: finess, categoryCode: "", weeklyUnits: "", fromWeek: "", toWeek: "", reason: "" },
    success: ({ establishmentName }) => `Dérogation enregistrée pour ${establishmentName}.`,
    resetOnSuccess: true,
  });
  const around = Number(currentWeek.slice(0, 4));
  return (
    <ActionForm shell={shell} submitLabel="Ajouter la dérogation">
      <TextField id="override-finess" label="FINESS géographique (ET)" hint="9 caractères" autoComplete="off" {...field("establishmentFiness")} />
      <SelectField id="override-category" label="Catégorie d'EPI" placeholder="Choisir une catégorie" options={categories} {...field("categoryCode")} />
      <TextField id="override-units" label="Quota hebdomadaire, en unités" hint="Remplace le quota calculé ; 0 bloque les commandes sur stock État" inputMode="numeric" {...field("weeklyUnits")} />
      <WeekPicker id="override-from" legend="Première semaine (facultative)" hint={`Cette semaine : ${weekLabel(currentWeek)}`} around={around} emptyLabel="Dès maintenant" error={errors.fromWeek?.message} field={register("fromWeek")} />
      <WeekPicker id="override-to" legend="Dernière semaine (facultative)" around={around} emptyLabel="Sans limite" error={errors.toWeek?.message} field={register("toWeek")} />
      <TextField id="override-reason" label="Motif" hint="Par exemple : demande de l'ARS du 12 novembre" {...field("reason")} />
    </ActionForm>
  );
}
