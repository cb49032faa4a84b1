"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { addEligibleCategoryAction } from "@/app/(admin)/admin/categories/actions";
import { TextField } from "@/components/ui/text-field";
import { addEligibleCategorySchema, type AddEligibleCategoryInput } from "@/lib/schemas/category";

export function AddEligibleCategoryForm() {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<AddEligibleCategoryInput>({ resolver: zodResolver(addEligibleCategorySchema) });

  const onSubmit = handleSubmit(async (values) => {
    const result = await addEligibleCategoryAction(values);
    if (result.ok) {
      setMessage({ ok: true, text: `Catégorie ${result.data.code} ajoutée à la liste des catégories éligibles.` });
      reset();
      router.refresh();
    } else {
      setMessage({ ok: false, text: result.error });
    }
  });

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
      <div aria-live="polite">
        {message && (
          <div className={`fr-alert fr-alert--sm ${message.ok ? "fr-alert--success" : "fr-alert--error"}`}>
            <p>{message.text}</p>
          </div>
        )}
      </div>
    </form>
  );
}
