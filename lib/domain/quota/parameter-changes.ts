import { quotaParametersOf, type CategoryQuotaParameters, type QuotaParameters } from "./weekly-quota";

/** Why parameters cannot take effect on `fromWeek` (a week already over), or null. Keys sort like the weeks. */
export function parameterChangeWeekError(fromWeek: string, currentWeek: string): "PARAMETERS_WEEK_PAST" | null {
  return fromWeek < currentWeek ? "PARAMETERS_WEEK_PAST" : null;
}

/**
 * What saving `parameters` from `fromWeek` does to a category's planned changes: nothing when that week already has
 * them; removing the week's change when the parameters equal those the week would have without it (putting values
 * back cancels a plan); otherwise setting the week's change.
 */
export function planParameterChange(
  category: CategoryQuotaParameters,
  fromWeek: string,
  parameters: QuotaParameters,
): "unchanged" | "remove" | "set" {
  const same = (a: QuotaParameters, b: QuotaParameters) => a.perCapacityUnit === b.perCapacityUnit && a.perStaffMember === b.perStaffMember;
  if (same(quotaParametersOf(category, fromWeek), parameters)) return "unchanged";
  const withoutWeek = { ...category, parameterChanges: category.parameterChanges.filter((c) => c.fromWeek !== fromWeek) };
  const hasOwnChange = withoutWeek.parameterChanges.length !== category.parameterChanges.length;
  return hasOwnChange && same(quotaParametersOf(withoutWeek, fromWeek), parameters) ? "remove" : "set";
}
