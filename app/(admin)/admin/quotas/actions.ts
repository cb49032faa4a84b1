"use server";

import { authorizedAction } from "@/lib/server/action";
import { createQuotaOverride, removeQuotaOverride, setSpfCapacityThreshold, updateQuotaParameters } from "@/lib/server/admin/quotas";
import { createQuotaOverrideSchema, quotaParametersSchema, removeQuotaOverrideSchema, spfCapacityThresholdSchema } from "@/lib/schemas/quota";

export const updateQuotaParametersAction = authorizedAction({ capability: "quotas.manage", schema: quotaParametersSchema, run: updateQuotaParameters });

export const createQuotaOverrideAction = authorizedAction({ capability: "quotas.manage", schema: createQuotaOverrideSchema, run: createQuotaOverride });

export const removeQuotaOverrideAction = authorizedAction({ capability: "quotas.manage", schema: removeQuotaOverrideSchema, run: removeQuotaOverride });

export const setSpfCapacityThresholdAction = authorizedAction({ capability: "quotas.manage", schema: spfCapacityThresholdSchema, run: setSpfCapacityThreshold });
