import { computedWeeklyQuota, type EstablishmentSize, type QuotaParameters } from "../quota/weekly-quota";

/** The circular sizes the state stock for this many weeks of tension. */
export const NATIONAL_STOCK_TARGET_WEEKS = 10;

/** Weeks of ordering the runway averages over. */
export const RUNWAY_WEEKS = 4;

export interface ProductRunway {
  stockUnits: number;
  /** Units ordered in each of the last weeks, oldest first (RUNWAY_WEEKS of them, missing weeks as 0). */
  orderedByWeek: readonly number[];
  /** Mean of the weeks given. */
  weeklyRate: number;
  /** stock ÷ weekly rate; null when nothing was ordered (the stock does not run down at that rate). */
  weeksLeft: number | null;
  /** Under the circular's 10 weeks. */
  belowTarget: boolean;
}

/** A product's national stock against the pace of its last weeks' orders. */
export function productRunway(stockUnits: number, orderedByWeek: readonly number[]): ProductRunway {
  const weeks = orderedByWeek.length || 1;
  const weeklyRate = orderedByWeek.reduce((sum, units) => sum + Math.max(0, units), 0) / weeks;
  const weeksLeft = weeklyRate > 0 ? Math.max(0, stockUnits) / weeklyRate : null;
  return { stockUnits, orderedByWeek, weeklyRate, weeksLeft, belowTarget: weeksLeft !== null && weeksLeft < NATIONAL_STOCK_TARGET_WEEKS };
}

export interface SimulatedCategory {
  code: string;
  /** Quota parameters tried in the simulator (the category's current ones by default). */
  parameters: QuotaParameters;
  /** National stock of the category's products, in units. */
  stockUnits: number;
}

export interface CategorySimulation {
  code: string;
  /** Weekly quota summed over every eligible establishment, in units. */
  weeklyQuotaUnits: number;
  stockUnits: number;
  /** stock ÷ weekly quota sum; null when the quotas sum to nothing. */
  weeksOfStock: number | null;
  /** At least the circular's 10 weeks. */
  meetsTarget: boolean;
}

/**
 * A tension tried before it is decreed: for each chosen category and its quota parameters, the weekly quota of every
 * eligible establishment summed, and how many weeks the national stock of the category lasts if all of them order it.
 */
export function simulateTension(categories: readonly SimulatedCategory[], establishments: readonly EstablishmentSize[]): CategorySimulation[] {
  return categories.map(({ code, parameters, stockUnits }) => {
    const weeklyQuotaUnits = establishments.reduce((sum, size) => sum + computedWeeklyQuota(size, parameters), 0);
    const weeksOfStock = weeklyQuotaUnits > 0 ? Math.max(0, stockUnits) / weeklyQuotaUnits : null;
    return { code, weeklyQuotaUnits, stockUnits, weeksOfStock, meetsTarget: weeksOfStock === null || weeksOfStock >= NATIONAL_STOCK_TARGET_WEEKS };
  });
}

/**
 * The largest parameters, scaled from the ones tried, under which the stock lasts the target: what to decree for
 * 10 weeks. Null when the quotas already sum to nothing.
 */
export function parametersForTarget(simulation: CategorySimulation, tried: QuotaParameters, targetWeeks = NATIONAL_STOCK_TARGET_WEEKS): QuotaParameters | null {
  if (simulation.weeklyQuotaUnits === 0) return null;
  const factor = Math.min(1, simulation.stockUnits / targetWeeks / simulation.weeklyQuotaUnits);
  const scale = (value: number) => Math.floor(value * factor * 100) / 100;
  return { perCapacityUnit: scale(tried.perCapacityUnit), perStaffMember: scale(tried.perStaffMember) };
}

export interface TensionOutlook {
  /** The category whose stock runs out first (null when none runs down: every quota sums to nothing). */
  firstToRunOut: CategorySimulation | null;
  /** Codes of the categories whose stock lasts under the circular's 10 weeks, in the order simulated. */
  belowTarget: string[];
}

/**
 * Several categories under tension at once: a tension lasts as long as its shortest stock, so the category that runs
 * out first is the one the decree is sized on.
 */
export function tensionOutlook(simulations: readonly CategorySimulation[]): TensionOutlook {
  const runningDown = simulations.filter((s) => s.weeksOfStock !== null);
  const firstToRunOut = runningDown.reduce<CategorySimulation | null>((first, s) => (first === null || s.weeksOfStock! < first.weeksOfStock! ? s : first), null);
  return { firstToRunOut, belowTarget: simulations.filter((s) => !s.meetsTarget).map((s) => s.code) };
}
