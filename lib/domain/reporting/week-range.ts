/**
 * The dashboard's period: one ISO week, or up to 12 consecutive ones (the trend's length, so the chart always shows
 * every week of the period). Pure: the zod schema checks it, the dataset reads its weeks.
 */
import { shiftedWeek, type IsoWeek } from "../time/paris-time";

export const MAX_RANGE_WEEKS = 12;

/** Weeks from `first` to `last`, both included, oldest first; 0 or fewer when `first` comes after `last`. */
export function weeksBetween(first: IsoWeek, last: IsoWeek): number {
  // Monday to Monday in Paris: 7 days give or take the hour a change of clock adds or removes.
  return Math.round((last.startsAt.getTime() - first.startsAt.getTime()) / (7 * 24 * 3_600_000)) + 1;
}

/** The keys of the weeks from `first` to `last`, oldest first (empty when reversed). */
export function rangeWeeks(first: IsoWeek, last: IsoWeek): string[] {
  const count = weeksBetween(first, last);
  return Array.from({ length: Math.max(0, count) }, (_, i) => shiftedWeek(first, i).key);
}

/** The period in words: "2026-W47", "2026-W45 à 2026-W47". */
export const periodLabel = (weeks: readonly string[]) => (weeks.length > 1 ? `${weeks[0]} à ${weeks.at(-1)}` : weeks[0]);

/** The period in a file name: "2026-W47", "2026-W45-2026-W47". */
export const periodKey = (weeks: readonly string[]) => (weeks.length > 1 ? `${weeks[0]}-${weeks.at(-1)}` : weeks[0]);
