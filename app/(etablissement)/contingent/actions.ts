"use server";

import { authorizedAction } from "@/lib/server/action";
import { requestQuotaRevision } from "@/lib/server/quota-revision/revisions";
import { requestQuotaRevisionSchema } from "@/lib/schemas/quota-revision";

export const requestQuotaRevisionAction = authorizedAction({
  schema: requestQuotaRevisionSchema,
  capability: "quota-revision.request",
  run: (input, actor) => requestQuotaRevision(actor, input),
});
