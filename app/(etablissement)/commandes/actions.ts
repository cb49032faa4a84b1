"use server";

import { authorizedAction } from "@/lib/server/action";
import { cancelOrder } from "@/lib/server/orders/cancel-order";
import { countOrderOutcome } from "@/lib/server/orders/order-metrics";
import { placeOrder } from "@/lib/server/orders/place-order";
import { cancelOrderSchema, placeOrderSchema } from "@/lib/schemas/orders";

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
