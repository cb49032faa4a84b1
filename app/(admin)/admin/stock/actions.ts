"use server";

import { authorizedAction } from "@/lib/server/action";
import { recordStockReceipt } from "@/lib/server/admin/stock";
import { recordStockReceiptSchema } from "@/lib/schemas/stock";

export const recordStockReceiptAction = authorizedAction({
  schema: recordStockReceiptSchema,
  capability: "national-stock.manage",
  run: (input, actor) => recordStockReceipt(actor, input),
});
