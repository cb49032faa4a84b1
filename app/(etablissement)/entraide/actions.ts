"use server";

import { authorizedAction } from "@/lib/server/action";
import { moveExchange, offerSurplus, requestLoan } from "@/lib/server/mutual-aid/exchanges";
import { moveExchangeSchema, offerSurplusSchema, requestLoanSchema } from "@/lib/schemas/mutual-aid";

/** The borrower is the caller's own account; requestLoan refuses a lender of another region. */
export const requestLoanAction = authorizedAction({ capability: "exchange.request", schema: requestLoanSchema, run: requestLoan, revalidate: "/entraide" });

export const offerSurplusAction = authorizedAction({ capability: "exchange.request", schema: offerSurplusSchema, run: offerSurplus, revalidate: "/entraide" });

/** moveExchange refuses an exchange the caller's account is not a party to. */
export const moveExchangeAction = authorizedAction({ capability: "exchange.request", schema: moveExchangeSchema, run: moveExchange, revalidate: "/entraide" });
