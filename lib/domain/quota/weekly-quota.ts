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

/** The quota parameters of a product category as the admin sets them (ProductCategory columns). */
export function quotaParametersOf(category: { quotaPerCapacityUnit: number; quotaPerStaffMember: number }): QuotaParameters {
  return { perCapacityUnit: category.quotaPerCapacityUnit, perStaffMember: category.quotaPerStaffMember };
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
