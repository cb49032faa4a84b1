import { formatPercent } from "../wording/french";
/** How much of its weekly quota an area or an establishment ordered from the state stock, and the map's 5 shades. */

/** Units ordered from the state stock over the quota; null without a quota (no category in tension, or a 0 quota). */
export function consumptionRatio(stateUnits: number, quotaUnits: number | null): number | null {
  return quotaUnits && quotaUnits > 0 ? stateUnits / quotaUnits : null;
}

export interface ConsumptionBucket {
  /** 0 (lightest) to 4 (darkest). */
  index: number;
  /** Included lower bound, as a ratio. */
  from: number;
  label: string;
}

export const CONSUMPTION_BUCKETS: readonly ConsumptionBucket[] = [
  { index: 0, from: 0, label: "moins de 25 %" },
  { index: 1, from: 0.25, label: "de 25 à 50 %" },
  { index: 2, from: 0.5, label: "de 50 à 75 %" },
  { index: 3, from: 0.75, label: "de 75 à 100 %" },
  { index: 4, from: 1, label: "100 % ou plus" },
];

export const NO_QUOTA_LABEL = "sans contingent";

/** The shade of a consumption ratio; null (no quota) is shown apart, hatched. */
export function consumptionBucket(ratio: number | null): ConsumptionBucket | null {
  if (ratio === null || Number.isNaN(ratio)) return null;
  return [...CONSUMPTION_BUCKETS].reverse().find((bucket) => ratio >= bucket.from) ?? CONSUMPTION_BUCKETS[0];
}


/** "57 %", or "—" without a quota. */
export function formatConsumption(ratio: number | null): string {
  return ratio === null ? "—" : formatPercent(ratio);
}
