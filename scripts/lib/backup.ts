/**
 * Backup and restore with PostgreSQL's own tools: pg_dump in custom format (-Fc: compressed, restorable table by
 * table, in parallel) and pg_restore. The client must be at least the server's major version — pg_dump refuses a newer
 * server — so the versions are compared first, with a clear message, before anything is written.
 */
import pg from "pg";
import { run } from "./process";

export interface PostgresTools {
  /** Folder of pg_dump and pg_restore (e.g. /usr/lib/postgresql/18/bin); absent: the ones on the PATH. */
  binDir?: string;
}

const tool = (name: "pg_dump" | "pg_restore", tools: PostgresTools) => (tools.binDir ? `${tools.binDir}/${name}` : name);

/** The major version of a client tool: "pg_dump (PostgreSQL) 15.18 (Debian …)" → 15. */
export async function toolMajorVersion(name: "pg_dump" | "pg_restore", tools: PostgresTools = {}): Promise<number> {
  const output = await run(tool(name, tools), ["--version"], { quiet: true });
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(output);
  if (!match) throw new Error(`Version de ${name} illisible : ${output.trim()}`);
  return Number(match[1]);
}

async function withClient<T>(url: string, query: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await query(client);
  } finally {
    await client.end();
  }
}

export async function serverMajorVersion(url: string): Promise<number> {
  return withClient(url, async (client) => Math.floor(Number((await client.query("SHOW server_version_num")).rows[0].server_version_num) / 10_000));
}

async function checkVersions(name: "pg_dump" | "pg_restore", url: string, tools: PostgresTools): Promise<void> {
  const [client, server] = await Promise.all([toolMajorVersion(name, tools), serverMajorVersion(url)]);
  if (client < server) {
    throw new Error(
      `${name} ${client} ne peut pas traiter un serveur PostgreSQL ${server} : utilisez les outils clients PostgreSQL ${server} ` +
        `(paquet postgresql-client-${server}, ou PG_BIN=/usr/lib/postgresql/${server}/bin).`,
    );
  }
}

/** pg_dump -Fc of the whole database (schema, data, migrations table, pg-boss queues) into `file`. */
export async function backupDatabase(url: string, file: string, tools: PostgresTools = {}): Promise<void> {
  await checkVersions("pg_dump", url, tools);
  await run(tool("pg_dump", tools), ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${url}`], { quiet: true });
}

/**
 * pg_restore of a pg_dump -Fc file into `url`, an empty database (create it first), in one transaction: the restore
 * is complete or leaves nothing.
 */
export async function restoreDatabase(url: string, file: string, tools: PostgresTools = {}): Promise<void> {
  await checkVersions("pg_restore", url, tools);
  await run(tool("pg_restore", tools), ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${url}`, file], {
    quiet: true,
  });
}

/** Each table of the database's own schemas, with its row count and a digest of its rows (order-independent). */
export async function tableFingerprints(url: string): Promise<Record<string, { rows: number; digest: string }>> {
  return withClient(url, async (client) => {
    const { rows: tables } = await client.query<{ schema: string; name: string }>(
      `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
        WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
        ORDER BY 1, 2`,
    );
    const result: Record<string, { rows: number; digest: string }> = {};
    for (const { schema, name } of tables) {
      const qualified = `"${schema.replaceAll('"', '""')}"."${name.replaceAll('"', '""')}"`;
      const { rows } = await client.query<{ rows: number; digest: string | null }>(
        `SELECT count(*)::int AS rows, md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))) AS digest FROM ${qualified} t`,
      );
      result[`${schema}.${name}`] = { rows: rows[0].rows, digest: rows[0].digest ?? "" };
    }
    return result;
  });
}
