"use server";

import { revalidatePath } from "next/cache";
import { advanceConsortiumOrderSchema } from "@/lib/schemas/consortium";
import { authorizedAction } from "@/lib/server/action";
import { advanceConsortiumOrder } from "@/lib/server/orders/consortium-orders";

export const advanceConsortiumOrderAction = authorizedAction({
  schema: advanceConsortiumOrderSchema,
  capability: "consortium.advance",
  run: async (input, actor) => {
    const moved = await advanceConsortiumOrder(actor, input);
    revalidatePath("/groupement");
    return { number: moved.number, status: moved.status };
  },
});
