"use server";

import { authorizedAction } from "@/lib/server/action";
import { declareStock } from "@/lib/server/stock/declarations";
import { declareStockSchema } from "@/lib/schemas/stock-declaration";

export const declareStockAction = authorizedAction({
  capability: "stock.declare",
  schema: declareStockSchema,
  run: async (actor, input) => {
    const { declaredAt, count } = await declareStock(actor, input);
    return { declaredAt: declaredAt.toISOString(), count };
  },
});
