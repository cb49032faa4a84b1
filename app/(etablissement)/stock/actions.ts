"use server";

import { authorizedAction } from "@/lib/server/action";
import { declareStock } from "@/lib/server/stock/declarations";
import { declareStockSchema } from "@/lib/schemas/stock-declaration";

export const declareStockAction = authorizedAction({ capability: "stock.declare", schema: declareStockSchema, run: (actor, input) => declareStock(actor, input).then(({ declaredAt, count }) => ({ declaredAt: declaredAt.toISOString(), count })) });
