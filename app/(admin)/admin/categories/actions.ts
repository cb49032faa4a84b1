"use server";

import { authorizedAction } from "@/lib/server/action";
import { addEligibleCategory, setCategoryEligibility } from "@/lib/server/categories/eligibility";
import { addEligibleCategorySchema, setCategoryEligibilitySchema } from "@/lib/schemas/categories";

export const setCategoryEligibilityAction = authorizedAction({ capability: "categories.manage", schema: setCategoryEligibilitySchema, run: setCategoryEligibility });

export const addEligibleCategoryAction = authorizedAction({ capability: "categories.manage", schema: addEligibleCategorySchema, run: addEligibleCategory });
