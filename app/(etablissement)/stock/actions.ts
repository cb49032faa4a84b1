"use server";

import { authorizedAction } from "@/lib/server/action";
import { declareStock, STOCK_DECLARERS } from "@/lib/server/stock/declarations";
import { declareStockSchema } from "@/lib/schemas/stock-declaration";

export const declareStockAction = authorizedAction({
  schema: declareStockSchema,
  roles: STOCK_DECLARERS,
  run: async (input, actor) => {
    const { declaredAt, count } = await declareStock(actor, input);
    return { declaredAt: declaredAt.toISOString(), count };
  },
});
