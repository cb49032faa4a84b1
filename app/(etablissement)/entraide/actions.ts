"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/server/action";
import { moveExchange, offerSurplus, requestLoan } from "@/lib/server/mutual-aid/exchanges";
import { moveExchangeSchema, offerSurplusSchema, requestLoanSchema } from "@/lib/schemas/mutual-aid";

/** The borrower is the caller's own account; requestLoan refuses a lender of another region. */
export const requestLoanAction = authorizedAction({
  schema: requestLoanSchema,
  capability: "exchange.request",
  run: async (input, actor) => {
    const exchange = await requestLoan(actor, input);
    revalidatePath("/entraide");
    return exchange;
  },
});

export const offerSurplusAction = authorizedAction({
  schema: offerSurplusSchema,
  capability: "exchange.request",
  run: async (input, actor) => {
    const exchange = await offerSurplus(actor, input);
    revalidatePath("/entraide");
    return exchange;
  },
});

/** moveExchange refuses an exchange the caller's account is not a party to. */
export const moveExchangeAction = authorizedAction({
  schema: moveExchangeSchema,
  capability: "exchange.request",
  run: async (input, actor) => {
    const moved = await moveExchange(actor, input);
    revalidatePath("/entraide");
    return moved;
  },
});
