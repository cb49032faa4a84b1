import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyMigrations } from "../scripts/lib/migrate";
import { freePort } from "../scripts/lib/ports";
import { startEmbeddedPostgres } from "../scripts/lib/postgres";

/** A throwaway, migrated PostgreSQL for one scenario, removed afterwards. */
export async function withScratchDatabase<T>(run: (url: string) => Promise<T>): Promise<T> {
  const work = mkdtempSync(join(tmpdir(), "distrilog-bench-"));
  const database = await startEmbeddedPostgres({ dataDir: join(work, "pg"), port: await freePort(), persistent: false, database: "bench" });
  try {
    await applyMigrations(database.url);
    return await run(database.url);
  } finally {
    await database.stop();
    rmSync(work, { recursive: true, force: true });
  }
}
