"use client";

import { addEligibleCategoryAction } from "@/app/(admin)/admin/categories/actions";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { AddEligibleCategoryInput } from "@/lib/schemas/categories";

export function AddEligibleCategoryForm() {
  const { field, shell } = useActionForm<AddEligibleCategoryInput, { code: string }>({
    schema: () => import("@/lib/schemas/categories").then((m) => m.addEligibleCategorySchema),
    action: addEligibleCategoryAction,
    defaultValues: { code: "", label: "" },
    success: ({ code }) => `Catégorie ${code} ajoutée à la liste des catégories éligibles.`,
    resetOnSuccess: true,
  });
  return (
    <ActionForm shell={shell} legend="Ajouter une catégorie à la liste" submitLabel="Ajouter à la liste">
      <TextField id="category-code" label="Code FINESS de la catégorie" hint="3 chiffres, par exemple 355" inputMode="numeric" {...field("code")} />
      <TextField id="category-label" label="Libellé" hint="Obligatoire seulement si la catégorie est inconnue du référentiel" {...field("label")} />
    </ActionForm>
  );
}
