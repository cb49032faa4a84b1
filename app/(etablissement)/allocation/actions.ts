"use server";

import { authorizedAction } from "@/lib/server/action";
import { requestAllocation } from "@/lib/server/allocation/rounds";
import { requestAllocationSchema } from "@/lib/schemas/allocation";

export const requestAllocationAction = authorizedAction({
  schema: requestAllocationSchema,
  capability: "allocation.request",
  run: (input, actor) => requestAllocation(actor, input),
});
