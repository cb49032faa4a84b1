"use server";

import { authorizedAction } from "@/lib/server/action";
import { brokerExchange } from "@/lib/server/mutual-aid/exchanges";
import { brokerExchangeSchema } from "@/lib/schemas/mutual-aid";

/** brokerExchange keeps the ARS to establishments and offers of its own region. */
export const brokerExchangeAction = authorizedAction({ capability: "exchange.broker", schema: brokerExchangeSchema, run: brokerExchange, revalidate: "/echanges" });
