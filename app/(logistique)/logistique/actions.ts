"use server";

import { revalidatePath } from "next/cache";
import { advanceOrderSchema, bulkAdvanceSchema } from "@/lib/schemas/logistics";
import { authorizedAction } from "@/lib/server/action";
import { advanceOrders } from "@/lib/server/logistics/bulk-advance";
import { advanceOrder } from "@/lib/server/orders/advance-order";

export const advanceOrderAction = authorizedAction({
  schema: advanceOrderSchema,
  capability: "order.advance",
  run: async (input, actor) => {
    const moved = await advanceOrder(actor, input);
    revalidatePath("/logistique");
    return { number: moved.number, status: moved.status };
  },
});

export const advanceOrdersAction = authorizedAction({
  schema: bulkAdvanceSchema,
  capability: "order.advance",
  run: async (input, actor) => {
    const moved = await advanceOrders(actor, input);
    revalidatePath("/logistique");
    return moved;
  },
});
