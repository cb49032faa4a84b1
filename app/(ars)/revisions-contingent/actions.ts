"use server";

import { authorizedAction } from "@/lib/server/action";
import { approveQuotaRevision, rejectQuotaRevision } from "@/lib/server/quota-revision/revisions";
import { approveQuotaRevisionSchema, rejectQuotaRevisionSchema } from "@/lib/schemas/quota-revision";

// The ARS of the request's region decides; the region check is the service's, with the actor's region.
export const approveQuotaRevisionAction = authorizedAction({ capability: "quota-revision.decide", schema: approveQuotaRevisionSchema, run: (actor, input) => approveQuotaRevision(actor, input).then(({ requestId, fromWeek, toWeek }) => ({ requestId, fromWeek, toWeek })) });

export const rejectQuotaRevisionAction = authorizedAction({ capability: "quota-revision.decide", schema: rejectQuotaRevisionSchema, run: rejectQuotaRevision });
