/**
 * The trend's per-département sums (DepartementWeekUnits): triggers append one delta per order and category, never
 * updating a row, so that orders placed at once never wait on each other for it (decision 0024). This job sums each
 * key's pending deltas into one row (the job worker, every minute), so that the dashboard reads a few rows per département and week.
 */
import type { PrismaClient } from "../prisma";

/** Every minute: a Monday morning's deltas stay a few thousand rows between two runs. */
export const DEPARTEMENT_WEEK_UNITS_INTERVAL_MS = 60_000;

/** Sums the pending deltas; returns how many keys (week, département, category, kind) it summed. */
export async function compactDepartementWeekUnits(client: PrismaClient): Promise<number> {
  const [{ keys }] = await client.$queryRaw<[{ keys: number }]>`SELECT "compact_departement_week_units"() AS "keys"`;
  return keys;
}
