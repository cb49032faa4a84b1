"use server";

import { authorizedAction } from "@/lib/server/action";
import { createProduct, updateProduct, updateProductCategory } from "@/lib/server/admin/catalogue";
import { createProductSchema, updateProductCategorySchema, updateProductSchema } from "@/lib/schemas/catalogue";

export const createProductAction = authorizedAction({
  schema: createProductSchema,
  capability: "catalogue.manage",
  run: (input, actor) => createProduct(actor, input),
});

export const updateProductAction = authorizedAction({
  schema: updateProductSchema,
  capability: "catalogue.manage",
  run: (input, actor) => updateProduct(actor, input),
});

export const updateProductCategoryAction = authorizedAction({
  schema: updateProductCategorySchema,
  capability: "catalogue.manage",
  run: (input, actor) => updateProductCategory(actor, input),
});
