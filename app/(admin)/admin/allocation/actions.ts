"use server";

import { authorizedAction } from "@/lib/server/action";
import { openAllocationRound, runAllocation } from "@/lib/server/allocation/rounds";
import { openAllocationRoundSchema, runAllocationSchema } from "@/lib/schemas/allocation";

// The form says which week the round is for; the rest of the round stays on the server.
export const openAllocationRoundAction = authorizedAction({ capability: "allocation.manage", schema: openAllocationRoundSchema, run: (actor, input) => openAllocationRound(actor, input).then(({ roundId, week }) => ({ roundId, week })) });

export const runAllocationAction = authorizedAction({ capability: "allocation.manage", schema: runAllocationSchema, run: runAllocation });
