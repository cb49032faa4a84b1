"use server";

import { authorizedAction } from "@/lib/server/action";
import { requestAllocation } from "@/lib/server/allocation/rounds";
import { requestAllocationSchema } from "@/lib/schemas/allocation";

export const requestAllocationAction = authorizedAction({ capability: "allocation.request", schema: requestAllocationSchema, run: requestAllocation });
