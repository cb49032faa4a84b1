"use server";

import { authorizedAction } from "@/lib/server/action";
import { cancelOrder } from "@/lib/server/orders/cancel-order";
import { confirmReceipt } from "@/lib/server/orders/confirm-receipt";
import { countOrderOutcome } from "@/lib/server/orders/order-metrics";
import { placeOrder } from "@/lib/server/orders/place-order";
import { cancelOrderSchema, confirmReceiptSchema, placeOrderSchema } from "@/lib/schemas/orders";

export const placeOrderAction = authorizedAction({
  schema: placeOrderSchema,
  capability: "order.place",
  run: (input, actor) => countOrderOutcome(() => placeOrder(actor, input)),
});

export const cancelOrderAction = authorizedAction({
  schema: cancelOrderSchema,
  capability: "order.cancel",
  run: ({ orderId }, actor) => cancelOrder(actor, orderId),
});

export const confirmReceiptAction = authorizedAction({
  schema: confirmReceiptSchema,
  capability: "order.receive",
  run: (input, actor) => confirmReceipt(actor, input),
});
