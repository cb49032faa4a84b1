/**
 * `npm run db:new-migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql, the SQL that takes
 * the last committed schema (git HEAD) to prisma/schema.prisma. Offline: `prisma migrate dev` does not work with the
 * JS schema engine, so the diff runs against a throwaway embedded PostgreSQL (or DATABASE_URL when set).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./lib/ports";
import { startEmbeddedPostgres } from "./lib/postgres";
import { run } from "./lib/process";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage : npm run db:new-migration -- <nom_en_snake_case>");
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), "distrilog-migration-"));
const previous = join(work, "previous.prisma");
let from: string[] = ["--from-empty"];
try {
  writeFileSync(previous, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { stdio: ["ignore", "pipe", "ignore"] }));
  from = ["--from-schema-datamodel", previous];
} catch {
  console.log("Aucun schéma dans git HEAD : migration depuis une base vide.");
}

const database = process.env.DATABASE_URL
  ? { url: process.env.DATABASE_URL, stop: async () => {} }
  : await startEmbeddedPostgres({ dataDir: join(work, "pg"), port: await freePort(), persistent: false, database: "diff" });
try {
  const sql = await run(
    "node_modules/.bin/prisma",
    ["migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
    { env: { DATABASE_URL: database.url }, quiet: true },
  );
  const body = sql.slice(sql.indexOf("-- "));
  if (!body.trim() || sql.includes("-- This is an empty migration.")) {
    console.log("Le schéma n'a pas changé depuis HEAD : aucune migration créée.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = join("prisma", "migrations", `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "migration.sql"), body);
    console.log(`Migration écrite : ${dir}/migration.sql — relisez-la, puis \`npm start\` ou \`npm run db:migrate\` l'applique.`);
  }
} finally {
  await database.stop();
  rmSync(work, { recursive: true, force: true });
}
