"use server";

import { advanceConsortiumOrderSchema } from "@/lib/schemas/consortium";
import { authorizedAction } from "@/lib/server/action";
import { advanceConsortiumOrder } from "@/lib/server/orders/consortium-orders";
import { movedOrder } from "@/lib/server/orders/moved-order";

// The client needs only where the order now stands.
export const advanceConsortiumOrderAction = authorizedAction({ capability: "consortium.advance", schema: advanceConsortiumOrderSchema, run: async (actor, input) => movedOrder(await advanceConsortiumOrder(actor, input)), revalidate: "/groupement" });
