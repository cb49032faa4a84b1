import "server-only";
import { env } from "./env";
import { createPrismaClient, type PrismaClient } from "./prisma";

const globalForDb = globalThis as unknown as { distrilogDb?: PrismaClient; distrilogDbRead?: PrismaClient };

/** The app's one Prisma client (kept across hot reloads in development). */
export function db(): PrismaClient {
  globalForDb.distrilogDb ??= createPrismaClient(env().DATABASE_URL, env().DATABASE_POOL_SIZE);
  return globalForDb.distrilogDb;
}

/**
 * The client for dashboards and exports only: a read replica when DATABASE_READ_URL is set (its data may lag the
 * primary by a moment — never read here what a write is about to check), else the primary's client.
 */
export function dbRead(): PrismaClient {
  const url = env().DATABASE_READ_URL;
  if (!url) return db();
  globalForDb.distrilogDbRead ??= createPrismaClient(url, env().DATABASE_POOL_SIZE);
  return globalForDb.distrilogDbRead;
}
