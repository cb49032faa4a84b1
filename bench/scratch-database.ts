import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyMigrations } from "../scripts/lib/migrate";
import { freePort } from "../scripts/lib/ports";
import { startEmbeddedPostgres } from "../scripts/lib/postgres";
import { createPrismaClient, type PrismaClient } from "../lib/server/prisma";
import { seedCatalogue, seedReferential } from "../prisma/seed";
import pg from "pg";

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

/** A scratch database with the referential and the catalogue seeded, and both a Prisma client and a plain one on it. */
export function withSeededScratchDatabase<T>(run: (clients: { prisma: PrismaClient; client: pg.Client }) => Promise<T>): Promise<T> {
  return withScratchDatabase(async (url) => {
    const prisma = createPrismaClient(url, 10);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await seedReferential(prisma);
      await seedCatalogue(prisma);
      return await run({ prisma, client });
    } finally {
      await client.end();
      await prisma.$disconnect();
    }
  });
}
