/** One benchmark scenario of `npm run bench`: prints its own progress, returns its figures. */
export interface BenchScenario {
  name: string;
  description: string;
  run(): Promise<BenchFigures>;
}

/** Figures of a scenario, printed as a table and written to bench-results/latest.json. */
export type BenchFigures = Record<string, number | string | boolean>;

export function seconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
