"use server";

import { authorizedAction } from "@/lib/server/action";
import { createProduct, updateProduct, updateProductCategory } from "@/lib/server/admin/catalogue";
import { createProductSchema, updateProductCategorySchema, updateProductSchema } from "@/lib/schemas/catalogue";

export const createProductAction = authorizedAction({ capability: "catalogue.manage", schema: createProductSchema, run: createProduct });

export const updateProductAction = authorizedAction({ capability: "catalogue.manage", schema: updateProductSchema, run: updateProduct });

export const updateProductCategoryAction = authorizedAction({ capability: "catalogue.manage", schema: updateProductCategorySchema, run: updateProductCategory });
