import { run } from "./process";

/** Applies the checked-in migrations (prisma migrate deploy) to the given database. */
export async function applyMigrations(databaseUrl: string): Promise<void> {
  await run("node_modules/.bin/prisma", ["migrate", "deploy"], { env: { DATABASE_URL: databaseUrl }, quiet: true });
}
