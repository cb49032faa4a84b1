"use server";

import { authorizedAction } from "@/lib/server/action";
import { cancelOrder } from "@/lib/server/orders/cancel-order";
import { confirmReceipt } from "@/lib/server/orders/confirm-receipt";
import { countOrderOutcome } from "@/lib/server/orders/order-metrics";
import { placeOrder } from "@/lib/server/orders/place-order";
import { cancelOrderSchema, confirmReceiptSchema, placeOrderSchema } from "@/lib/schemas/orders";

export const placeOrderAction = authorizedAction({ capability: "order.place", schema: placeOrderSchema, run: (actor, input) => countOrderOutcome(() => placeOrder(actor, input)) });

export const cancelOrderAction = authorizedAction({ capability: "order.cancel", schema: cancelOrderSchema, run: (actor, { orderId }) => cancelOrder(actor, orderId) });

export const confirmReceiptAction = authorizedAction({ capability: "order.receive", schema: confirmReceiptSchema, run: confirmReceipt });
