import { z } from "./zod";

const code = z
  .string()
  .trim()
  .regex(/^\d{3}$/, "Le code de catégorie FINESS comporte 3 chiffres (par exemple 355).");

/** Adds a category to the eligible list; its label is required when the code is new to the referential. */
export const addEligibleCategorySchema = z.object({
  code,
  label: z.string().trim().max(200, "Le libellé ne dépasse pas 200 caractères.").optional().default(""),
});

export const setCategoryEligibilitySchema = z.object({
  code,
  eligible: z.boolean({ message: "Précisez si la catégorie est éligible." }),
});

export type AddEligibleCategoryInput = z.input<typeof addEligibleCategorySchema>;
export type SetCategoryEligibilityInput = z.infer<typeof setCategoryEligibilitySchema>;
