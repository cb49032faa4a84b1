"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/server/action";
import { brokerExchange } from "@/lib/server/mutual-aid/exchanges";
import { brokerExchangeSchema } from "@/lib/schemas/mutual-aid";

/** brokerExchange keeps the ARS to establishments and offers of its own region. */
export const brokerExchangeAction = authorizedAction({
  schema: brokerExchangeSchema,
  capability: "exchange.broker",
  run: async (input, actor) => {
    const exchange = await brokerExchange(actor, input);
    revalidatePath("/echanges");
    return exchange;
  },
});
