import "server-only";
import { isoWeekOf } from "@/lib/domain/time/paris-time";
import { accountWeeklyQuota, quotaParametersOf, weekAllowance } from "@/lib/domain/quota/weekly-quota";
import { categoriesInTension } from "@/lib/domain/tension/tension";
import { referenceData, type ReferenceData } from "../reference-data";
import { accountQuotaRows } from "./ordering-account";

export interface CategoryQuota {
  code: string;
  name: string;
  unitLabel: string;
  inTension: boolean;
  allowedUnits: number;
  usedUnits: number;
}

/**
 * The week's state-stock allowance of an account, per EPI category (0/0 for categories not in tension). The categories
 * and decrees come from the reference data (`reference`, when the caller reads it too), the account's rows from the
 * database.
 */
export async function quotaOverview(accountFiness: string, now: Date, reference: Promise<ReferenceData> = referenceData()) {
  const week = isoWeekOf(now);
  const [{ categories, decrees }, { establishments, overrides, usage }] = await Promise.all([reference, accountQuotaRows(accountFiness, week.key)]);
  const tension = categoriesInTension(decrees, now);
  const quotas: CategoryQuota[] = categories.map((category) => {
    const inTension = tension.has(category.code);
    const parameters = quotaParametersOf(category, week.key);
    const categoryOverrides = overrides.filter((o) => o.categoryCode === category.code);
    const usedUnits = inTension ? (usage.find((u) => u.categoryCode === category.code)?.usedUnits ?? 0) : 0;
    return {
      code: category.code,
      name: category.name,
      unitLabel: category.unitLabel,
      inTension,
      allowedUnits: inTension ? weekAllowance(accountWeeklyQuota(establishments, parameters, categoryOverrides, week.key), usedUnits) : 0,
      usedUnits,
    };
  });
  return { week, quotas, establishments };
}
