"use server";

import { authorizedAction } from "@/lib/server/action";
import { openAllocationRound, runAllocation } from "@/lib/server/allocation/rounds";
import { openAllocationRoundSchema, runAllocationSchema } from "@/lib/schemas/allocation";

export const openAllocationRoundAction = authorizedAction({
  capability: "allocation.manage",
  schema: openAllocationRoundSchema,
  run: async (actor, input) => {
    const { roundId, week } = await openAllocationRound(actor, input);
    return { roundId, week };
  },
});

export const runAllocationAction = authorizedAction({ capability: "allocation.manage", schema: runAllocationSchema, run: runAllocation });
