"use client";

import { createDecreeAction } from "@/app/(admin)/admin/tension/actions";
import { TextField } from "@/components/ui/text-field";
import type { DecreeFormInput } from "@/lib/schemas/tension";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField } from "@/components/ui/select-field";
import { useActionForm } from "@/components/ui/use-action-form";

/**
 * Puts an EPI category in tension from a Paris date and time, until an optional end; the category may come chosen
 * (from the tension simulator).
 */
export function DecreeForm({
  categories,
  defaultStartsAt,
  defaultCategoryCode = "",
}: {
  categories: ReadonlyArray<{ value: string; label: string }>;
  defaultStartsAt: string;
  defaultCategoryCode?: string;
}) {
  const { field, shell } = useActionForm<DecreeFormInput, { categoryName: string }>({
    schema: () => import("@/lib/schemas/tension").then((m) => m.createDecreeSchema),
    action: createDecreeAction,
    defaultValues: { categoryCode: defaultCategoryCode, startsAt: defaultStartsAt, endsAt: "", reason: "" },
    success: ({ categoryName }) => `Décret de tension créé pour la catégorie ${categoryName}.`,
    resetOnSuccess: true,
  });
  return (
    <ActionForm shell={shell} submitLabel="Créer le décret">
      <SelectField id="decree-category" label="Catégorie d'EPI" placeholder="Choisir une catégorie" options={categories} {...field("categoryCode")} />
      <TextField id="decree-starts-at" type="datetime-local" label="Début" hint="Date et heure de Paris" {...field("startsAt")} />
      <TextField id="decree-ends-at" type="datetime-local" label="Fin (facultative)" hint="Date et heure de Paris ; sans fin, le décret court jusqu'à ce qu'un administrateur y mette fin" {...field("endsAt")} />
      <TextField id="decree-reason" label="Motif" hint="Par exemple la référence de l'arrêté au Journal officiel" {...field("reason")} />
    </ActionForm>
  );
}
