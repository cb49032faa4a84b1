import "server-only";
import { env } from "./env";
import { createPrismaClient, type PrismaClient } from "./prisma";

const globalForDb = globalThis as unknown as { distrilogDb?: PrismaClient };

/** The app's one Prisma client (kept across hot reloads in development). */
export function db(): PrismaClient {
  globalForDb.distrilogDb ??= createPrismaClient(env().DATABASE_URL, env().DATABASE_POOL_SIZE);
  return globalForDb.distrilogDb;
}
