/** The size of an establishment for quotas: beds/places and salaried staff. */
export interface EstablishmentSize {
  finess: string;
  capacity: number;
  salariedStaff: number;
}

/** Per-category weekly parameters, in units, edited by the national admin. */
export interface QuotaParameters {
  perCapacityUnit: number;
  perStaffMember: number;
}

/** New parameters of a category from an ISO week on (QuotaParameterChange rows). */
export interface QuotaParameterChange {
  fromWeek: string;
  perCapacityUnit: number;
  perStaffMember: number;
}

/**
 * A product category's quota parameters: its columns hold those of the weeks before its first change; each change
 * applies from its week until the next one.
 */
export interface CategoryQuotaParameters {
  quotaPerCapacityUnit: number;
  quotaPerStaffMember: number;
  parameterChanges: readonly QuotaParameterChange[];
}

/** The change that sets a category's parameters in `week`: the one with the latest week not after it. */
export function applicableParameterChange<C extends QuotaParameterChange>(changes: readonly C[], week: string): C | undefined {
  let found: C | undefined;
  for (const change of changes) if (change.fromWeek <= week && (!found || change.fromWeek > found.fromWeek)) found = change;
  return found;
}

/** The quota parameters of a product category in an ISO week: a change decided mid-week never reaches back. */
export function quotaParametersOf(category: CategoryQuotaParameters, week: string): QuotaParameters {
  const change = applicableParameterChange(category.parameterChanges, week);
  return change
    ? { perCapacityUnit: change.perCapacityUnit, perStaffMember: change.perStaffMember }
    : { perCapacityUnit: category.quotaPerCapacityUnit, perStaffMember: category.quotaPerStaffMember };
}

/**
 * What an account may have ordered in a week: its quota, or what it had already ordered when a lower quota (a change
 * of parameters or an override for a week under way) arrived — a week under way is never lowered below its orders.
 */
export function weekAllowance(quota: number, usedUnits: number): number {
  return Math.max(quota, usedUnits);
}

export interface QuotaOverrideRule {
  establishmentFiness: string;
  weeklyUnits: number;
  fromWeek: string | null;
  toWeek: string | null;
}

/** Week keys ("2026-W48") sort like the weeks they name. */
function overrideApplies(override: QuotaOverrideRule, week: string): boolean {
  return (override.fromWeek === null || override.fromWeek <= week) && (override.toWeek === null || week <= override.toWeek);
}

/** The computed weekly quota of one ET for one category, in whole units (never negative). */
export function computedWeeklyQuota(size: EstablishmentSize, parameters: QuotaParameters): number {
  const units = size.capacity * parameters.perCapacityUnit + size.salariedStaff * parameters.perStaffMember;
  return Math.max(0, Math.floor(units));
}

/**
 * The weekly quota of an account for one category: the sum over its ETs (one ET, or all the ETs of a public
 * multi-site EJ), each taking its override for that week if any (the most recent one wins), else the computed quota.
 */
export function accountWeeklyQuota(
  establishments: readonly EstablishmentSize[],
  parameters: QuotaParameters,
  overrides: readonly (QuotaOverrideRule & { createdAt: Date })[],
  week: string,
): number {
  return establishments.reduce((total, establishment) => {
    const override = overrides
      .filter((o) => o.establishmentFiness === establishment.finess && overrideApplies(o, week))
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
    return total + (override ? override.weeklyUnits : computedWeeklyQuota(establishment, parameters));
  }, 0);
}
