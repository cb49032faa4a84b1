"use server";

import { authorizedAction } from "@/lib/server/action";
import { requestApe } from "@/lib/server/requests/ape-requests";
import { requestApeSchema } from "@/lib/schemas/requests";

/** Any role of an establishment may ask; requestApe checks the user acts for one. */
export const requestApeAction = authorizedAction({ capability: "ape.request", schema: requestApeSchema, run: requestApe });
