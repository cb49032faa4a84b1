/**
 * Brings the rows of a table keyed by FINESS number to the values of a batch of records: one read, then one insert
 * for the new rows and one update for the changed ones, whatever the batch size.
 */
import type { PrismaClient } from "../prisma";

export interface SyncedColumn<T> {
  name: keyof T & string;
  /** PostgreSQL type of the column, to read the batch's JSON into. */
  type: string;
}

export interface SyncOutcome<T> {
  created: number;
  updated: number;
  /** Records whose row does not exist, when asked not to create them. */
  missing: T[];
}

/**
 * `columns`: the columns the import owns besides the `finess` key; the others are left as they are. Keys and records
 * travel as one text parameter (comma-separated list, JSON): Prisma passes a string as it is, where a large array
 * parameter costs it more time than the query itself.
 */
export function tableSync<T extends { finess: string }>(table: string, columns: ReadonlyArray<SyncedColumn<T>>) {
  const compared = columns.map((column) => column.name);
  const names: Array<keyof T & string> = ["finess", ...compared];
  const quoted = names.map((name) => `"${name}"`);
  const recordset = `json_to_recordset($1::json) AS r(finess char(9), ${columns.map((column) => `"${column.name}" ${column.type}`).join(", ")})`;
  const select = `SELECT ${quoted.join(", ")} FROM "${table}" WHERE finess = ANY(string_to_array($1, ',')::bpchar[])`;
  const insert = `
    INSERT INTO "${table}" (${quoted.join(", ")}, "updatedAt")
    SELECT ${quoted.map((name) => `r.${name}`).join(", ")}, now() FROM ${recordset}
    ON CONFLICT (finess) DO NOTHING`;
  const update = `
    UPDATE "${table}" t SET (${compared.map((name) => `"${name}"`).join(", ")}, "updatedAt")
      = (${compared.map((name) => `r."${name}"`).join(", ")}, now())
    FROM ${recordset} WHERE t.finess = r.finess`;

  return async function sync(db: PrismaClient, records: T[], { createMissing }: { createMissing: boolean }): Promise<SyncOutcome<T>> {
    const rows = await db.$queryRawUnsafe<T[]>(select, records.map((record) => record.finess).join(","));
    const current = new Map(rows.map((row) => [row.finess, row]));
    const missing: T[] = [];
    const changed: T[] = [];
    for (const record of records) {
      const row = current.get(record.finess);
      if (!row) missing.push(record);
      else if (compared.some((name) => row[name] !== record[name])) changed.push(record);
    }
    const created = createMissing && missing.length ? await db.$executeRawUnsafe(insert, json(missing, names)) : 0;
    const updated = changed.length ? await db.$executeRawUnsafe(update, json(changed, names)) : 0;
    return { created, updated, missing: createMissing ? [] : missing };
  };
}

function json<T>(records: T[], names: ReadonlyArray<keyof T>): string {
  return JSON.stringify(records.map((record) => Object.fromEntries(names.map((name) => [name, record[name]]))));
}
