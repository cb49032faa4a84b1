import { DAY_MS, WEEK_MS } from "../time/paris-time";
/**
 * EPI-Stock: an establishment's average weekly consumption of a product, estimated from its stock declarations and
 * the deliveries it received between them.
 *
 * Between two declarations (t1, s1) and (t2, s2), consumption = s1 + units delivered in (t1, t2] − s2. The weekly
 * rate is the time-weighted average over the last intervals covering up to six weeks: the sum of their consumptions
 * divided by their total length. That sum telescopes, so the rate only needs the window's first and last
 * declarations and the deliveries between them.
 *
 * "Delivered" means order lines of orders in status DELIVERED, dated by `deliveredAt`: a shipped order may still be
 * on the road, it counts as "in flight" in the forecast instead.
 */

export interface StockDeclarationPoint {
  quantity: number;
  declaredAt: Date;
}

export interface DeliveryPoint {
  units: number;
  deliveredAt: Date;
}


/** How far back the estimate looks, from the latest declaration. */
export const ESTIMATION_WINDOW_DAYS = 42;
/** Declarations closer than this are too close together to give a rate. */
export const MINIMUM_SPAN_DAYS = 1;

export type ConsumptionEstimate =
  | {
      status: "ESTIMATED";
      /** Units per week, never negative (a stock that grew more than deliveries explain counts as no consumption). */
      weeklyUnits: number;
      /** The window the rate was measured on. */
      from: Date;
      to: Date;
      consumedUnits: number;
      deliveredUnits: number;
    }
  | { status: "TOO_FEW_DECLARATIONS" }
  | { status: "TOO_CLOSE_TOGETHER" };

/** Sorted by time, later declarations at the same instant replacing earlier ones, none after `now`. */
function timeline(declarations: readonly StockDeclarationPoint[], now: Date): StockDeclarationPoint[] {
  const sorted = declarations
    .map((d, index) => ({ d, index }))
    .filter(({ d }) => d.declaredAt.getTime() <= now.getTime())
    .sort((a, b) => a.d.declaredAt.getTime() - b.d.declaredAt.getTime() || a.index - b.index)
    .map(({ d }) => d);
  return sorted.filter((d, i) => i === sorted.length - 1 || sorted[i + 1].declaredAt.getTime() !== d.declaredAt.getTime());
}

/** The latest declaration at `now`, if any. */
export function latestDeclaration<T extends StockDeclarationPoint>(declarations: readonly T[], now: Date): T | undefined {
  let latest: T | undefined;
  for (const d of declarations) {
    if (d.declaredAt.getTime() > now.getTime()) continue;
    if (!latest || d.declaredAt.getTime() >= latest.declaredAt.getTime()) latest = d;
  }
  return latest;
}

/** Units delivered in (from, to]. */
export function unitsDeliveredBetween(deliveries: readonly DeliveryPoint[], from: Date, to: Date): number {
  return deliveries
    .filter((d) => d.deliveredAt.getTime() > from.getTime() && d.deliveredAt.getTime() <= to.getTime())
    .reduce((sum, d) => sum + d.units, 0);
}

/** The weekly consumption of one product by one account, at `now`. */
export function estimateWeeklyConsumption(
  declarations: readonly StockDeclarationPoint[],
  deliveries: readonly DeliveryPoint[],
  now: Date,
): ConsumptionEstimate {
  const points = timeline(declarations, now);
  if (points.length < 2) return { status: "TOO_FEW_DECLARATIONS" };
  const last = points[points.length - 1];
  const windowStart = last.declaredAt.getTime() - ESTIMATION_WINDOW_DAYS * DAY_MS;
  // The earliest declaration inside the window, or the one just before the last when the window holds no other.
  const firstInWindow = points.findIndex((p) => p.declaredAt.getTime() >= windowStart);
  const first = points[Math.min(firstInWindow, points.length - 2)];
  const spanMs = last.declaredAt.getTime() - first.declaredAt.getTime();
  if (spanMs < MINIMUM_SPAN_DAYS * DAY_MS) return { status: "TOO_CLOSE_TOGETHER" };
  const deliveredUnits = unitsDeliveredBetween(deliveries, first.declaredAt, last.declaredAt);
  const consumedUnits = Math.max(0, first.quantity + deliveredUnits - last.quantity);
  return {
    status: "ESTIMATED",
    weeklyUnits: (consumedUnits * WEEK_MS) / spanMs,
    from: first.declaredAt,
    to: last.declaredAt,
    consumedUnits,
    deliveredUnits,
  };
}
