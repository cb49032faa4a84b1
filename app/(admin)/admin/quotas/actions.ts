"use server";

import { authorizedAction } from "@/lib/server/action";
import { createQuotaOverride, removeQuotaOverride, setSpfCapacityThreshold, updateQuotaParameters } from "@/lib/server/admin/quotas";
import { createQuotaOverrideSchema, quotaParametersSchema, removeQuotaOverrideSchema, spfCapacityThresholdSchema } from "@/lib/schemas/quota";

export const updateQuotaParametersAction = authorizedAction({
  schema: quotaParametersSchema,
  roles: ["NATIONAL_ADMIN"],
  run: (input, actor) => updateQuotaParameters(actor, input),
});

export const createQuotaOverrideAction = authorizedAction({
  schema: createQuotaOverrideSchema,
  roles: ["NATIONAL_ADMIN"],
  run: (input, actor) => createQuotaOverride(actor, input),
});

export const removeQuotaOverrideAction = authorizedAction({
  schema: removeQuotaOverrideSchema,
  roles: ["NATIONAL_ADMIN"],
  run: (input, actor) => removeQuotaOverride(actor, input),
});

export const setSpfCapacityThresholdAction = authorizedAction({
  schema: spfCapacityThresholdSchema,
  roles: ["NATIONAL_ADMIN"],
  run: (input, actor) => setSpfCapacityThreshold(actor, input),
});
