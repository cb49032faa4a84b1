"use server";

import { authorizedAction } from "@/lib/server/action";
import { decideApeRequest } from "@/lib/server/requests/ape-requests";
import { decideRequestSchema } from "@/lib/schemas/requests";

/** The ARS decides; decideApeRequest refuses a request of another region. */
export const decideApeRequestAction = authorizedAction({ capability: "ape.decide", schema: decideRequestSchema, run: decideApeRequest });
