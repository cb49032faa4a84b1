import { accountWeeklyQuota, computedWeeklyQuota, type EstablishmentSize, type QuotaOverrideRule, type QuotaParameters } from "./weekly-quota";

type DatedOverride = QuotaOverrideRule & { createdAt: Date };

/** Week keys ("2026-W48") sort like the weeks they name. */
function coversWeek(override: QuotaOverrideRule, week: string): boolean {
  return (override.fromWeek === null || override.fromWeek <= week) && (override.toWeek === null || week <= override.toWeek);
}

/** The override of one ET that sets its quota for `week`: the most recent one covering that week, as accountWeeklyQuota takes it. */
export function applicableOverride<O extends DatedOverride>(overrides: readonly O[], finess: string, week: string): O | undefined {
  return overrides
    .filter((o) => o.establishmentFiness === finess && coversWeek(o, week))
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
}

/** One ET's quota for one category and week, with how it was reached. */
export function establishmentWeeklyQuota<O extends DatedOverride>(
  establishment: EstablishmentSize,
  parameters: QuotaParameters,
  overrides: readonly O[],
  week: string,
): { computed: number; override: O | undefined; quota: number } {
  return {
    computed: computedWeeklyQuota(establishment, parameters),
    override: applicableOverride(overrides, establishment.finess, week),
    // The ordering code's own rule, so the admin sees exactly what an order would be held to.
    quota: accountWeeklyQuota([establishment], parameters, overrides, week),
  };
}

/** Why an override's week range is backwards, or null; both keys are taken as valid ISO week keys ("2026-W48"). */
export function overrideWeekRangeError(fromWeek: string | null, toWeek: string | null): string | null {
  return fromWeek !== null && toWeek !== null && fromWeek > toWeek ? "La dernière semaine ne peut pas précéder la première." : null;
}
