"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { addEligibleCategoryAction } from "@/app/(admin)/admin/categories/actions";
import { ActionOutcome, useOutcome } from "@/components/ui/action-outcome";
import { TextField } from "@/components/ui/text-field";
import { addEligibleCategorySchema, type AddEligibleCategoryInput } from "@/lib/schemas/categories";

export function AddEligibleCategoryForm() {
  const { outcome, run } = useOutcome();
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<AddEligibleCategoryInput>({ resolver: zodResolver(addEligibleCategorySchema) });

  const onSubmit = handleSubmit((values) =>
    run(addEligibleCategoryAction(values), ({ code }) => `Catégorie ${code} ajoutée à la liste des catégories éligibles.`, () => reset()),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="fr-mb-6w">
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">Ajouter une catégorie à la liste</legend>
        <div className="fr-fieldset__element">
          <TextField id="category-code" label="Code FINESS de la catégorie" hint="3 chiffres, par exemple 355" inputMode="numeric" error={errors.code?.message} {...register("code")} />
        </div>
        <div className="fr-fieldset__element">
          <TextField id="category-label" label="Libellé" hint="Obligatoire seulement si la catégorie est inconnue du référentiel" error={errors.label?.message} {...register("label")} />
        </div>
        <div className="fr-fieldset__element">
          <button type="submit" className="fr-btn" disabled={isSubmitting}>
            Ajouter à la liste
          </button>
        </div>
      </fieldset>
      <ActionOutcome outcome={outcome} />
    </form>
  );
}
