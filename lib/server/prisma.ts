import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../generated/prisma/client";

/**
 * Every interactive transaction may wait and run 15 s, as the order's does, rather than Prisma's 2 s and 5 s: on a
 * loaded instance a short write (a stock declaration, an admin's change) past 5 s was rolled back and shown as an
 * unexpected error — refused for being slow, when finishing it was the right answer.
 */
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 15_000 };

/** A Prisma client over node-postgres (driver adapter: no query-engine binary). */
export function createPrismaClient(connectionString: string, poolSize = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: poolSize }), transactionOptions: TRANSACTION_OPTIONS });
}

export type { PrismaClient };
