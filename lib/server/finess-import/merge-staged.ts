/**
 * Set-based statements from the staging table to the referential: each writes every row of a section at once and
 * counts what it created and changed — a row whose imported fields are all equal is left alone (IS DISTINCT FROM),
 * so a re-import touches nothing.
 */
import type pg from "pg";
import { finessImportRefusals } from "../../domain/finess/import-refusals";
import type { RejectedLine, UpsertCounts } from "./import-report";
import { STAGING_TABLE, type StagedSection } from "./staging";

/** A referential column and the staging expression that feeds it (staged row `s`, its geolocation `g`). */
type ColumnFeed = readonly [column: string, staged: string];

async function count(client: pg.Client, sql: string, values: unknown[] = []): Promise<number> {
  const { rows } = await client.query<{ n: number }>(sql, values);
  return rows[0].n;
}

interface UpsertOptions {
  /** Compared and written on every row. */
  feeds: readonly ColumnFeed[];
  /** Written on insert only: kept as they are on an existing row. */
  insertOnly?: readonly ColumnFeed[];
  /** Joined to the staged rows, e.g. their geolocation. */
  join?: string;
}

/**
 * Updates the section's changed rows, then inserts its new ones; the others count as unchanged and are not touched
 * (an INSERT … ON CONFLICT DO UPDATE would lock every existing row, changed or not). `placed`: new rows written with
 * a position.
 */
async function upsert(
  client: pg.Client,
  table: string,
  section: StagedSection,
  { feeds, insertOnly = [], join = "" }: UpsertOptions,
): Promise<UpsertCounts & { placed: number }> {
  const columns = feeds.map(([column]) => `"${column}"`);
  const staged = feeds.map(([, expression]) => expression);
  const { rowCount: updated } = await client.query(
    `UPDATE "${table}" t SET (${columns.join(", ")}, "updatedAt") = (${staged.join(", ")}, now())
       FROM ${STAGING_TABLE} s
      WHERE s.section = $1 AND t.finess = s.finess
        AND (${columns.map((c) => `t.${c}`).join(", ")}) IS DISTINCT FROM (${staged.join(", ")})`,
    [section],
  );
  const inserted = [...feeds, ...insertOnly];
  const placed = table === "Establishment" ? `"coordX" IS NOT NULL OR "coordY" IS NOT NULL OR "coordSystem" IS NOT NULL` : "false";
  const { rows } = await client.query<{ created: number; placed: number; staged: number }>(
    `WITH written AS (
       INSERT INTO "${table}" (finess, ${inserted.map(([column]) => `"${column}"`).join(", ")}, "updatedAt")
       SELECT s.finess, ${inserted.map(([, expression]) => expression).join(", ")}, now()
         FROM ${STAGING_TABLE} s ${join}
        WHERE s.section = $1 AND NOT EXISTS (SELECT 1 FROM "${table}" t WHERE t.finess = s.finess)
       RETURNING ${placed} AS placed
     )
     SELECT count(*)::int AS created, count(*) FILTER (WHERE placed)::int AS placed,
            (SELECT count(*)::int FROM ${STAGING_TABLE} WHERE section = $1) AS staged
     FROM written`,
    [section],
  );
  const { created, staged: total } = rows[0];
  return { created, updated: updated ?? 0, unchanged: total - created - (updated ?? 0), placed: rows[0].placed };
}

// capacity and salariedStaff are maintained in the portal: never written here.
const ESTABLISHMENT_FEEDS: readonly ColumnFeed[] = [
  ["legalEntityFiness", "s.legal_entity_finess"],
  ["name", "s.name"],
  ["shortName", "s.short_name"],
  ["longName", "s.long_name"],
  ["categoryCode", "s.category_code"],
  ["departementCode", "s.departement_code"],
  ["communeCode", "s.commune_code"],
  ["addressLine", "s.address_line"],
  ["postalLine", "s.postal_line"],
  ["phone", "s.phone"],
  ["siret", "s.siret"],
  ["finessUpdatedOn", "s.finess_updated_on"],
];

const positionFeeds = (row: "s" | "g"): readonly ColumnFeed[] => [
  ["coordX", `${row}.coord_x`],
  ["coordY", `${row}.coord_y`],
  ["coordSystem", `${row}.coord_system`],
];

const CLOSING_FEED: ColumnFeed = ["closedOn", "s.closed_on"];

/**
 * Where the records come from. "extract": a CSV extract, which brings positions on geolocalisation lines — a new
 * establishment is written with its position at once (writing it twice would double the cost of a first import),
 * moveExistingEstablishments moves the existing ones; the extract lists open establishments only and is no longer
 * refreshed, so it leaves their open/closed state alone. "flow": the JSON flow, whose records carry their position
 * and their state.
 */
export type StagedSource = "extract" | "flow";

// The extract has no datemaj for legal entities: finessUpdatedOn is left as it is. The flow codes the legal status
// without its label: a label an extract gave stays.
const LEGAL_ENTITY_FEEDS: readonly ColumnFeed[] = [
  ["name", "s.name"],
  ["shortName", "s.short_name"],
  ["longName", "s.long_name"],
  ["statusCode", "s.status_code"],
  ["sector", "s.sector"],
  ["departementCode", "s.departement_code"],
];

export async function upsertEstablishments(client: pg.Client, source: StagedSource): Promise<UpsertCounts & { placed: number }> {
  const created = await count(
    client,
    `SELECT count(*)::int AS n FROM ${STAGING_TABLE} s
      WHERE s.section = 'ET' AND NOT EXISTS (SELECT 1 FROM "Establishment" t WHERE t.finess = s.finess)`,
  );
  return withoutKeysForBulk(client, "Establishment", created, () =>
    source === "flow"
      ? upsert(client, "Establishment", "ET", { feeds: [...ESTABLISHMENT_FEEDS, ...positionFeeds("s"), CLOSING_FEED] })
      : upsert(client, "Establishment", "ET", {
          feeds: ESTABLISHMENT_FEEDS,
          insertOnly: positionFeeds("g"),
          join: `LEFT JOIN ${STAGING_TABLE} g ON g.section = 'GEO' AND g.finess = s.finess`,
        }),
  );
}

export async function upsertLegalEntities(client: pg.Client, source: StagedSource): Promise<UpsertCounts> {
  const feeds: ColumnFeed[] = [...LEGAL_ENTITY_FEEDS, source === "flow" ? CLOSING_FEED : ["statusLabel", "s.status_label"]];
  const { created, updated, unchanged } = await upsert(client, "LegalEntity", "EJ", { feeds });
  return { created, updated, unchanged };
}

/** From this many new rows on, a table's foreign keys and plain indexes are built once for all rather than row by row. */
export const BULK_CREATION_ROWS = 10_000;

/**
 * A first import creates ~100 000 establishments: their three foreign keys checked row by row cost three times the
 * insert itself, and each of the three plain indexes (legal entity, département, category: few distinct values, so
 * PostgreSQL keeps deduplicating their pages) costs about as much again. PostgreSQL's advice for bulk loads: drop
 * them, load, re-create them — a foreign key is then checked for every row in one join and an index is built by one
 * sort, inside the same transaction, so a bad row still fails the import. The price is an exclusive lock on the table
 * until commit, which is why only a bulk creation takes this path. When the import's database role may not alter the
 * table, the rows are checked and indexed one by one as usual. The primary key stays: other tables refer to it.
 */
async function withoutKeysForBulk<T>(client: pg.Client, table: string, newRows: number, write: () => Promise<T>): Promise<T> {
  if (newRows < BULK_CREATION_ROWS) return write();
  const { rows: keys } = await client.query<{ name: string; definition: string }>(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'f'`,
    [`"${table}"`],
  );
  // Plain indexes only: neither the primary key nor an index behind a constraint.
  const { rows: indexes } = await client.query<{ name: string; definition: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition FROM pg_index i
      WHERE i.indrelid = $1::regclass AND NOT i.indisprimary AND NOT i.indisunique
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [`"${table}"`],
  );
  await client.query("SAVEPOINT bulk_creation");
  try {
    for (const { name } of keys) await client.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${name}"`);
    for (const { name } of indexes) await client.query(`DROP INDEX ${name}`);
  } catch {
    await client.query("ROLLBACK TO SAVEPOINT bulk_creation");
    return write();
  }
  const result = await write();
  for (const { definition } of indexes) await client.query(definition);
  for (const { name, definition } of keys) await client.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${name}" ${definition}`);
  return result;
}

/**
 * The legal entities of the establishments that the referential does not know yet get a placeholder, to be completed
 * by the legal-entities extract; one still waiting for it (no statutjuridique) learns it is public from codesph.
 */
export async function insertPlaceholderLegalEntities(client: pg.Client): Promise<number> {
  // Before the insert, which gives a new placeholder its sector: only the placeholders already there are looked at.
  await client.query(
    `UPDATE "LegalEntity" l SET sector = 'PUBLIC', "updatedAt" = now()
       FROM (SELECT DISTINCT legal_entity_finess FROM ${STAGING_TABLE} WHERE section = 'ET' AND sector = 'PUBLIC') p
      WHERE l.finess = p.legal_entity_finess AND l."statusCode" IS NULL AND l.sector = 'UNKNOWN'`,
  );
  return count(
    client,
    `WITH inserted AS (
       INSERT INTO "LegalEntity" (finess, name, "shortName", sector, "updatedAt")
       SELECT legal_entity_finess, min(legal_entity_name), min(legal_entity_name),
              CASE WHEN bool_or(sector = 'PUBLIC') THEN 'PUBLIC' ELSE 'UNKNOWN' END::"LegalSector", now()
         FROM ${STAGING_TABLE} s
        WHERE section = 'ET' AND NOT EXISTS (SELECT 1 FROM "LegalEntity" l WHERE l.finess = s.legal_entity_finess)
        GROUP BY legal_entity_finess
       RETURNING 1
     ) SELECT count(*)::int AS n FROM inserted`,
  );
}

/**
 * Moves the establishments already in the referential from the geolocalisation lines. Run before the establishments
 * are written: a new establishment is placed as it is created, so a first import has nothing here to compare.
 */
export async function moveExistingEstablishments(client: pg.Client): Promise<number> {
  return count(
    client,
    `WITH moved AS (
       UPDATE "Establishment" t SET ("coordX", "coordY", "coordSystem", "updatedAt") = (g.coord_x, g.coord_y, g.coord_system, now())
         FROM ${STAGING_TABLE} g
        WHERE g.section = 'GEO' AND t.finess = g.finess
          AND (t."coordX", t."coordY", t."coordSystem") IS DISTINCT FROM (g.coord_x, g.coord_y, g.coord_system)
       RETURNING 1
     ) SELECT count(*)::int AS n FROM moved`,
  );
}

export interface UnplacedGeolocations {
  /** geolocalisation lines, and those of an establishment the referential does not have. */
  staged: number;
  rejected: RejectedLine[];
}

/** Once the establishments are written: the geolocalisation lines of an establishment the referential does not have. */
export async function unplacedGeolocations(client: pg.Client): Promise<UnplacedGeolocations> {
  const { rows } = await client.query<{ line: number; finess: string }>(
    `SELECT g.line, g.finess FROM ${STAGING_TABLE} g
      WHERE g.section = 'GEO' AND NOT EXISTS (SELECT 1 FROM "Establishment" t WHERE t.finess = g.finess)
      ORDER BY g.line`,
  );
  return {
    staged: await count(client, `SELECT count(*)::int AS n FROM ${STAGING_TABLE} WHERE section = 'GEO'`),
    rejected: rows.map(({ line, finess }) => ({
      line,
      reason: `Géolocalisation ignorée : l'établissement ${finess} n'est pas au référentiel (ligne structureet absente ou rejetée).`,
    })),
  };
}

export async function requireSeededReferential(client: pg.Client): Promise<void> {
  if ((await count(client, `SELECT count(*)::int AS n FROM "Departement"`)) === 0) {
    throw finessImportRefusals.refuse("DEPARTEMENTS_MISSING");
  }
}

/** Runs the merges in one transaction: the file's changes land together or not at all. */
export async function inTransaction<T>(client: pg.Client, run: () => Promise<T>): Promise<T> {
  await client.query("BEGIN");
  try {
    // Every merge joins whole sets, and the planner misjudges the sizes of a fresh staging table and of tables this
    // very transaction filled: a nested loop there turns a second into hours. Hash joins are right for all of them.
    await client.query("SET LOCAL enable_nestloop = off");
    // Joins and groupings over a national file's 100 000 rows fit in memory: at the default 4 MB, they spill to disk.
    await client.query("SET LOCAL work_mem = '64MB'");
    const result = await run();
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}
