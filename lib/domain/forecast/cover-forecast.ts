import { isoWeekOf, shiftWeek } from "../time/paris-time";
import { COVER_TARGET_WEEKS } from "../stock/cover";
import { countOf, formatCount, inNumber, nounOf } from "../wording/french";
import { WEEK_MS } from "../time/paris-time";

/**
 * When will an establishment's cover of a category fall under the target?
 *
 * The model, week by week from `now`:
 * - the stock now is the last declared stock, plus what was delivered since, minus the consumption since;
 * - orders in flight (placed, not delivered yet) arrive this week;
 * - the establishment orders what is left of its quota this week, then its full weekly quota every following week
 *   (for a category in tension; outside tension no new order is assumed);
 * - it consumes at its estimated weekly rate.
 * Cover falls under the target in the first week whose closing stock is under target × weekly consumption.
 */
export interface ForecastInput {
  now: Date;
  /** Units per week; must be positive. */
  weeklyConsumption: number;
  /** Units declared at `stockAt` (the category's last declaration). */
  stockUnits: number;
  stockAt: Date;
  /** Units delivered after `stockAt`. */
  deliveredSinceStock: number;
  /** Units ordered and not delivered yet. */
  inFlightUnits: number;
  /** Weekly quota of the category in units; null when the category is not contingented. */
  weeklyQuota: number | null;
  /** Units of this week's quota not ordered yet. */
  remainingQuotaThisWeek: number;
  unitLabel: string;
  targetWeeks?: number;
}

/** Weeks looked ahead: beyond, the forecast says "not within a year". */
export const FORECAST_HORIZON_WEEKS = 52;

export type CoverForecast = {
  /** Estimated stock now, in units (never negative). */
  stockNow: number;
  /** Cover now, in weeks, counting orders in flight. */
  weeksNow: number;
} & (
  | { outcome: "ALREADY_BELOW"; week: string }
  | { outcome: "FALLS_BELOW"; week: string; weeksAhead: number }
  /** The quota covers consumption: cover does not fall. */
  | { outcome: "HOLDS" }
  | { outcome: "BEYOND_HORIZON" }
);


export function forecastCover(input: ForecastInput): CoverForecast {
  const target = input.targetWeeks ?? COVER_TARGET_WEEKS;
  const rate = input.weeklyConsumption;
  if (!(rate > 0)) throw new Error("La prévision demande une consommation hebdomadaire positive.");
  const elapsedWeeks = Math.max(0, input.now.getTime() - input.stockAt.getTime()) / WEEK_MS;
  const stockNow = Math.max(0, input.stockUnits + input.deliveredSinceStock - rate * elapsedWeeks);
  const quota = input.weeklyQuota ?? 0;
  const remaining = input.weeklyQuota === null ? 0 : Math.max(0, input.remainingQuotaThisWeek);
  const available = stockNow + input.inFlightUnits;
  const weeksNow = available / rate;
  const base = { stockNow, weeksNow };
  const week = isoWeekOf(input.now);
  if (weeksNow < target) return { ...base, outcome: "ALREADY_BELOW", week: week.key };

  const restOfWeek = Math.max(0, week.endsAt.getTime() - input.now.getTime()) / WEEK_MS;
  const threshold = target * rate;
  // Closing stock of this week, then of week k: closing0 + k × (quota − rate).
  const closing0 = available + remaining - rate * restOfWeek;
  if (closing0 < threshold) return { ...base, outcome: "FALLS_BELOW", week: week.key, weeksAhead: 0 };
  if (quota >= rate) return { ...base, outcome: "HOLDS" };
  const weeksAhead = Math.floor((closing0 - threshold) / (rate - quota)) + 1;
  if (weeksAhead > FORECAST_HORIZON_WEEKS) return { ...base, outcome: "BEYOND_HORIZON" };
  return { ...base, outcome: "FALLS_BELOW", week: shiftWeek(week.key, weeksAhead), weeksAhead };
}

/**
 * The forecast's reasoning in one French sentence, e.g. « Au rythme de 1 200 masques par semaine, avec 3 000 en stock
 * et 400 en cours de livraison, la couverture passera sous 3 semaines la semaine 2026-W50, malgré un contingent de
 * 900 par semaine. »
 */
export function forecastSentence(input: ForecastInput, forecast: CoverForecast): string {
  const target = input.targetWeeks ?? COVER_TARGET_WEEKS;
  const inFlight = input.inFlightUnits > 0 ? `${formatCount(input.inFlightUnits)} en cours de livraison` : "rien en cours de livraison";
  const premise = `Au rythme de ${countOf(input.weeklyConsumption, input.unitLabel)} par semaine, avec ${formatCount(forecast.stockNow)} en stock et ${inFlight}`;
  const contingented = input.weeklyQuota !== null && input.weeklyQuota > 0;
  const quota = contingented ? `un contingent de ${formatCount(input.weeklyQuota!)} par semaine` : "";
  const targetText = `${target} ${inNumber(target, nounOf("semaine"))}`;
  switch (forecast.outcome) {
    case "ALREADY_BELOW":
      return `${premise}, la couverture est déjà sous ${targetText} (semaine ${forecast.week}).`;
    case "FALLS_BELOW":
      return `${premise}, la couverture passera sous ${targetText} la semaine ${forecast.week}, ${contingented ? `malgré ${quota}` : "sans nouvelle commande"}.`;
    case "HOLDS":
      return `${premise}, la couverture restera d'au moins ${targetText} grâce à ${quota}.`;
    case "BEYOND_HORIZON":
      return `${premise}, la couverture ne passera pas sous ${targetText} avant un an${contingented ? `, avec ${quota}` : " sans nouvelle commande"}.`;
  }
}
