"use server";

import { advanceOrderSchema, bulkAdvanceSchema, trackingUploadSchema } from "@/lib/schemas/logistics";
import { authorizedAction } from "@/lib/server/action";
import { advanceOrders } from "@/lib/server/logistics/bulk-advance";
import { shipTrackedOrders } from "@/lib/server/logistics/tracking-upload";
import { advanceOrder } from "@/lib/server/orders/advance-order";
import { movedOrder } from "@/lib/server/orders/moved-order";

// The client needs only where the order now stands.
export const advanceOrderAction = authorizedAction({ capability: "order.advance", schema: advanceOrderSchema, run: async (actor, input) => movedOrder(await advanceOrder(actor, input)), revalidate: "/logistique" });

export const advanceOrdersAction = authorizedAction({ capability: "order.advance", schema: bulkAdvanceSchema, run: advanceOrders, revalidate: "/logistique" });

export const uploadTrackingAction = authorizedAction({ capability: "order.advance", schema: trackingUploadSchema, run: shipTrackedOrders, revalidate: "/logistique" });
