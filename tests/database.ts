import { db } from "@/lib/server/db";

/** Empties every table but Prisma's migration history, and the abuse counters: each test starts from a blank database. */
export async function resetDatabase(): Promise<void> {
  const tables = await db().$queryRaw<Array<{ tablename: string }>>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (tables.length) {
    await db().$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`);
  }
  await db().$executeRaw`TRUNCATE "rate_limits"."counters"`;
}
