/**
 * A throwaway cluster of the machine's own PostgreSQL server (Debian's postgresql-<major>), for what the embedded
 * server cannot do here: pg_dump refuses a server newer than itself, and the embedded server (18) is newer than
 * Debian 12's pg_dump (15). Runs as the `postgres` user when we are root (initdb refuses root).
 */
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../scripts/lib/process";
import { freePort } from "../../scripts/lib/ports";

export interface SystemCluster {
  major: number;
  binDir: string;
  /** URL of a database of the cluster (created by createDatabase, or "postgres"). */
  url(database: string): string;
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

/** The folder of the PATH's pg_dump and of the server of the same major version, if both are installed. */
export function systemPostgres(): { major: number; binDir: string } | null {
  try {
    const binDir = execFileSync("pg_config", ["--bindir"], { encoding: "utf8" }).trim();
    const version = execFileSync(`${binDir}/pg_dump`, ["--version"], { encoding: "utf8" });
    const major = Number(/\(PostgreSQL\)\s+(\d+)/.exec(version)?.[1]);
    return existsSync(`${binDir}/postgres`) && existsSync(`${binDir}/initdb`) && major ? { major, binDir } : null;
  } catch {
    return null;
  }
}

export async function startSystemCluster(): Promise<SystemCluster> {
  const found = systemPostgres();
  if (!found) throw new Error("Aucun serveur PostgreSQL du système de la version de pg_dump.");
  const { binDir, major } = found;
  const work = mkdtempSync(join(tmpdir(), "distrilog-pg-system-"));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const postgres = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    chownSync(work, postgres, postgres);
  }
  const as = (command: string, args: string[]) => (asRoot ? run("runuser", ["-u", "postgres", "--", command, ...args], { quiet: true }) : run(command, args, { quiet: true }));
  const data = join(work, "data");
  const port = await freePort();
  await as(`${binDir}/initdb`, ["-D", data, "-U", "distrilog", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"]);
  await as(`${binDir}/pg_ctl`, ["-D", data, "-w", "-l", join(work, "log"), "-o", `-p ${port} -k ${work} -c listen_addresses=localhost`, "start"]);
  const url = (database: string) => `postgresql://distrilog@localhost:${port}/${database}`;
  return {
    major,
    binDir,
    url,
    async createDatabase(name) {
      await run(`${binDir}/createdb`, ["-h", "localhost", "-p", String(port), "-U", "distrilog", name], { quiet: true });
      return url(name);
    },
    async stop() {
      await as(`${binDir}/pg_ctl`, ["-D", data, "-w", "-m", "fast", "stop"]).catch(() => {});
      rmSync(work, { recursive: true, force: true });
    },
  };
}
