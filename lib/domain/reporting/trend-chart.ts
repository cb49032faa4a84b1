/** The geometry of the 12-week trend chart (stacked bars of units, the quota as a line), for an inline SVG. */
import type { TrendPoint } from "./dashboard";

export interface TrendBar {
  week: string;
  /** "S47" */
  label: string;
  x: number;
  width: number;
  state: { y: number; height: number };
  outside: { y: number; height: number };
}

export interface TrendChartGeometry {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  bars: TrendBar[];
  /** SVG polyline points of the quota, one per week with a quota; null when no week has one. */
  quotaPoints: string | null;
  ticks: Array<{ value: number; y: number }>;
}

/** The smallest "nice" bound (1, 2, 2.5 or 5 × 10ⁿ) at or above a value: round tick labels. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * magnitude >= value)!;
  return step * magnitude;
}

export function trendChartGeometry(points: readonly TrendPoint[], size = { width: 720, height: 260 }): TrendChartGeometry {
  const plot = { left: 72, top: 16, right: size.width - 16, bottom: size.height - 36 };
  const max = niceCeiling(Math.max(0, ...points.map((p) => Math.max(p.stateUnits + p.outsideQuotaUnits, p.quotaUnits ?? 0))));
  const y = (value: number) => plot.bottom - ((plot.bottom - plot.top) * value) / max;
  const slot = (plot.right - plot.left) / Math.max(points.length, 1);
  const bars = points.map((point, i) => {
    const x = plot.left + i * slot + slot * 0.2;
    const stateTop = y(point.stateUnits);
    const outsideTop = y(point.stateUnits + point.outsideQuotaUnits);
    return {
      week: point.week,
      label: `S${point.week.slice(-2)}`,
      x,
      width: slot * 0.6,
      state: { y: stateTop, height: plot.bottom - stateTop },
      outside: { y: outsideTop, height: stateTop - outsideTop },
    };
  });
  const quota = points.flatMap((p, i) => (p.quotaUnits === null ? [] : [`${(plot.left + (i + 0.5) * slot).toFixed(1)},${y(p.quotaUnits).toFixed(1)}`]));
  return {
    width: size.width,
    height: size.height,
    plot,
    bars,
    quotaPoints: quota.length ? quota.join(" ") : null,
    ticks: [0, 0.25, 0.5, 0.75, 1].map((f) => ({ value: max * f, y: y(max * f) })),
  };
}
