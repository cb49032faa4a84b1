"use server";

import { authorizedAction } from "@/lib/server/action";
import { addEligibleCategory, setCategoryEligibility } from "@/lib/server/categories/eligibility";
import { addEligibleCategorySchema, setCategoryEligibilitySchema } from "@/lib/schemas/categories";

export const setCategoryEligibilityAction = authorizedAction({
  schema: setCategoryEligibilitySchema,
  capability: "categories.manage",
  run: (input, actor) => setCategoryEligibility(actor, input),
});

export const addEligibleCategoryAction = authorizedAction({
  schema: addEligibleCategorySchema,
  capability: "categories.manage",
  run: (input, actor) => addEligibleCategory(actor, input),
});
