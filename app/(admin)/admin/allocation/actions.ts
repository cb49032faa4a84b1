"use server";

import { authorizedAction } from "@/lib/server/action";
import { openAllocationRound, runAllocation } from "@/lib/server/allocation/rounds";
import { openAllocationRoundSchema, runAllocationSchema } from "@/lib/schemas/allocation";

export const openAllocationRoundAction = authorizedAction({
  schema: openAllocationRoundSchema,
  capability: "allocation.manage",
  run: async (input, actor) => {
    const round = await openAllocationRound(actor, input);
    return { roundId: round.roundId, week: round.week };
  },
});

export const runAllocationAction = authorizedAction({
  schema: runAllocationSchema,
  capability: "allocation.manage",
  run: (input, actor) => runAllocation(actor, input),
});
