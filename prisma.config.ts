import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// Prisma 6 resolves env("DATABASE_URL") even for `generate` and `migrate diff`, which never connect; `npm install`
// has no database yet. Commands that do connect are run by scripts/migrate.ts with the real URL.
process.env.DATABASE_URL ??= "postgresql://localhost/no-database-configured";

// The JS schema engine + driver adapter: Prisma 6 then downloads no binary (docs/decisions/0002-prisma-6-js-engine.md).
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  async adapter() {
    return new PrismaPg({ connectionString: process.env.DATABASE_URL });
  },
});
