"use server";

import { authorizedAction } from "@/lib/server/action";
import { createQuotaOverride, removeQuotaOverride, setSpfCapacityThreshold, updateQuotaParameters } from "@/lib/server/admin/quotas";
import { createQuotaOverrideSchema, quotaParametersSchema, removeQuotaOverrideSchema, spfCapacityThresholdSchema } from "@/lib/schemas/quota";

export const updateQuotaParametersAction = authorizedAction({
  schema: quotaParametersSchema,
  capability: "quotas.manage",
  run: (input, actor) => updateQuotaParameters(actor, input),
});

export const createQuotaOverrideAction = authorizedAction({
  schema: createQuotaOverrideSchema,
  capability: "quotas.manage",
  run: (input, actor) => createQuotaOverride(actor, input),
});

export const removeQuotaOverrideAction = authorizedAction({
  schema: removeQuotaOverrideSchema,
  capability: "quotas.manage",
  run: (input, actor) => removeQuotaOverride(actor, input),
});

export const setSpfCapacityThresholdAction = authorizedAction({
  schema: spfCapacityThresholdSchema,
  capability: "quotas.manage",
  run: (input, actor) => setSpfCapacityThreshold(actor, input),
});
