"use server";

import { authorizedAction } from "@/lib/server/action";
import { recordStockReceipt } from "@/lib/server/admin/stock";
import { recordStockReceiptSchema } from "@/lib/schemas/stock";

export const recordStockReceiptAction = authorizedAction({ capability: "national-stock.manage", schema: recordStockReceiptSchema, run: recordStockReceipt });
