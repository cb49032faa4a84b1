/**
 * What "no row changed" means in a test: every table of the database (the audit log included), by its row count and
 * a digest of its rows, so that an update shows as well as an insert or a delete.
 */
import { db } from "@/lib/server/db";

let tableNames: string[] | null = null;

async function tables(): Promise<string[]> {
  // Migrations create the tables before any test runs; the list does not change during a run.
  tableNames ??= (
    await db().$queryRaw<Array<{ tablename: string }>>`
      SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`
  ).map((t) => t.tablename);
  return tableNames;
}

/** Rows per table. */
export async function tableCounts(): Promise<Record<string, number>> {
  const names = await tables();
  const rows = await db().$queryRawUnsafe<Array<{ name: string; count: number }>>(
    names.map((name) => `SELECT '${name}' AS name, count(*)::int AS count FROM "${name}"`).join(" UNION ALL "),
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.count]));
}

/** Per table, "rows:md5 of the rows in text form": equal snapshots mean no row was inserted, updated or deleted. */
export async function tableSnapshot(): Promise<Record<string, string>> {
  const names = await tables();
  const rows = await db().$queryRawUnsafe<Array<{ name: string; digest: string }>>(
    names
      .map(
        (name) =>
          `SELECT '${name}' AS name, count(*) || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM "${name}" t`,
      )
      .join(" UNION ALL "),
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.digest]));
}

/** The tables whose rows differ between two snapshots (empty: nothing changed). */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((name) => before[name] !== after[name]).sort();
}
