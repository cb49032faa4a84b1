import "server-only";
import { isoWeekOf } from "@/lib/domain/time/paris-time";
import { accountWeeklyQuota, quotaParametersOf, weekAllowance } from "@/lib/domain/quota/weekly-quota";
import { categoriesInTension } from "@/lib/domain/tension/tension";
import { db } from "../db";
import type { PrismaClient } from "../prisma";
import type { CategoryQuota } from "../orders/quota-overview";
import { referenceData } from "../reference-data";

export interface AccountCategoryQuota {
  inTension: boolean;
  allowedUnits: number;
  usedUnits: number;
}

/** The week's quotas of some accounts, per category code, and the categories in display order. */
export interface AccountsWeekQuotas {
  categories: ReadonlyArray<{ code: string; name: string; unitLabel: string }>;
  quotas: ReadonlyMap<string, ReadonlyMap<string, AccountCategoryQuota>>;
}

/**
 * The week's quotas of many accounts at once (the same rule as quotaOverview, in a fixed number of queries): an
 * account is an ET, or the EJ of a public multi-site entity summing its ETs. Categories and decrees are the cached
 * reference data (decision 0022), the accounts' rows are read with `client`.
 */
export async function accountsWeeklyQuotas(accountFinesses: readonly string[], now: Date, client: PrismaClient = db()) {
  const week = isoWeekOf(now);
  const accounts = [...new Set(accountFinesses)];
  const [{ categories, decrees }, establishments, usage] = await Promise.all([
    referenceData(),
    client.establishment.findMany({
      where: { OR: [{ finess: { in: accounts } }, { legalEntityFiness: { in: accounts } }] },
      select: { finess: true, legalEntityFiness: true, capacity: true, salariedStaff: true },
      orderBy: { finess: "asc" },
    }),
    client.weeklyQuotaUsage.findMany({ where: { accountFiness: { in: accounts }, week: week.key } }),
  ]);
  const overrides = await client.quotaOverride.findMany({ where: { establishmentFiness: { in: establishments.map((e) => e.finess) } } });
  const tension = categoriesInTension(decrees, now);
  const result = new Map<string, Map<string, AccountCategoryQuota>>();
  for (const account of accounts) {
    const own = establishments.filter((e) => e.finess === account);
    const sites = own.length ? own : establishments.filter((e) => e.legalEntityFiness === account);
    const siteFiness = new Set(sites.map((s) => s.finess));
    const perCategory = new Map<string, AccountCategoryQuota>();
    for (const category of categories) {
      const inTension = tension.has(category.code);
      const categoryOverrides = overrides.filter((o) => o.categoryCode === category.code && siteFiness.has(o.establishmentFiness));
      const usedUnits = inTension ? (usage.find((u) => u.accountFiness === account && u.categoryCode === category.code)?.usedUnits ?? 0) : 0;
      const quota = accountWeeklyQuota(sites, quotaParametersOf(category, week.key), categoryOverrides, week.key);
      perCategory.set(category.code, { inTension, allowedUnits: inTension ? weekAllowance(quota, usedUnits) : 0, usedUnits });
    }
    result.set(account, perCategory);
  }
  return { week, categories, quotas: result };
}

/** One account's week quotas as the ordering overview already computed them (same rule), without reading them again. */
export function weekQuotasOfOverview(accountFiness: string, overview: readonly CategoryQuota[]): AccountsWeekQuotas {
  return {
    categories: overview,
    quotas: new Map([[accountFiness, new Map(overview.map((q) => [q.code, { inTension: q.inTension, allowedUnits: q.allowedUnits, usedUnits: q.usedUnits }]))]]),
  };
}
