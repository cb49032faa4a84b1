import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// Prisma 6 resolves env("DATABASE_URL") even for `generate` and `migrate diff`, which never connect; `npm install`
// has no database yet. Commands that do connect are run by scripts/migrate.ts with the real URL.
process.env.DATABASE_URL ??= "postgresql://localhost/no-database-configured";

type Connected = Awaited<ReturnType<PrismaPg["connect"]>>;

/**
 * The stock adapter runs a migration by splitting it at every ";", which cuts PL/pgSQL bodies ($$ … ; … $$) apart.
 * PostgreSQL's simple-query protocol runs the whole script itself, statement by statement, in one implicit
 * transaction.
 */
class MigrationSafePrismaPg extends PrismaPg {
  override async connect(): Promise<Connected> {
    const adapter = await super.connect();
    const queryable = adapter as unknown as { client: { query(sql: string): Promise<unknown> }; onError(e: unknown): never };
    adapter.executeScript = async (script: string) => {
      try {
        await queryable.client.query(script);
      } catch (error) {
        queryable.onError(error);
      }
    };
    return adapter;
  }
}

// The JS schema engine + driver adapter: Prisma 6 then downloads no binary (docs/decisions/0002-prisma-6-js-engine.md).
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  async adapter() {
    return new MigrationSafePrismaPg({ connectionString: process.env.DATABASE_URL });
  },
});
