"use server";

import { authorizedAction } from "@/lib/server/action";
import { requestQuotaRevision } from "@/lib/server/quota-revision/revisions";
import { requestQuotaRevisionSchema } from "@/lib/schemas/quota-revision";

export const requestQuotaRevisionAction = authorizedAction({ capability: "quota-revision.request", schema: requestQuotaRevisionSchema, run: requestQuotaRevision });
