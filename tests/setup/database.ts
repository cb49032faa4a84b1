/** Vitest global setup: one fresh, migrated PostgreSQL database per test run. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../scripts/lib/migrate";
import { freePort } from "../../scripts/lib/ports";
import { createScratchDatabase, startEmbeddedPostgres } from "../../scripts/lib/postgres";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const external = process.env.DATABASE_URL;
  const work = mkdtempSync(join(tmpdir(), "distrilog-int-"));
  const database = external
    ? await createScratchDatabase(external, "distrilog_test")
    : await startEmbeddedPostgres({ dataDir: join(work, "pg"), port: await freePort(), persistent: false, database: "distrilog_test" });
  await applyMigrations(database.url);
  project.provide("databaseUrl", database.url);
  return async () => {
    await database.stop();
    rmSync(work, { recursive: true, force: true });
  };
}
