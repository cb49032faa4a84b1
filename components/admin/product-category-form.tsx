"use client";

import { updateProductCategoryAction } from "@/app/(admin)/admin/catalogue/actions";
import { TextField } from "@/components/ui/text-field";
import type { updateProductCategorySchema } from "@/lib/schemas/catalogue";
import type { z } from "@/lib/schemas/zod";
import { ActionForm } from "@/components/ui/action-form";
import { useActionForm } from "@/components/ui/use-action-form";

type CategoryFormInput = z.input<typeof updateProductCategorySchema>;

/** Renames an EPI category and the unit its quotas and stock count. */
export function ProductCategoryForm({ category }: { category: CategoryFormInput }) {
  const { field, shell } = useActionForm<CategoryFormInput, unknown>({
    schema: () => import("@/lib/schemas/catalogue").then((m) => m.updateProductCategorySchema),
    action: updateProductCategoryAction,
    defaultValues: category,
    success: () => `Catégorie ${category.code} enregistrée.`,
  });
  return (
    <ActionForm shell={shell} submitLabel="Enregistrer la catégorie">
      <TextField id="category-name" label="Nom de la catégorie" {...field("name")} />
      <TextField id="category-unit" label="Nom d'une unité" hint="Au singulier : « masque », « paire de gants »" {...field("unitLabel")} />
    </ActionForm>
  );
}
