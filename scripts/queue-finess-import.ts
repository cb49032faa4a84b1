/**
 * `npm run finess:queue -- <fichier> [<fichier>…]`: queues the import of FINESS extracts for the background worker
 * (pg-boss on DATABASE_URL), which retries with backoff a file it cannot read yet. The paths must be readable by the
 * worker's machine (the shared drop folder). Follow the jobs on /admin/taches.
 */
import { resolve } from "node:path";
import PgBoss from "pg-boss";
import { enqueueFinessImport } from "../lib/server/jobs/finess-import-queue";

const files = process.argv.slice(2);
const url = process.env.DATABASE_URL;
if (!files.length || !url) {
  console.error("Usage : DATABASE_URL=postgresql://… npm run finess:queue -- <extrait FINESS> [<extrait FINESS>…]");
  process.exit(1);
}
const boss = new PgBoss({ connectionString: url, max: 1 });
await boss.start();
try {
  for (const file of files) console.log(`${file} : tâche ${await enqueueFinessImport(boss, { path: resolve(file) })} en file.`);
} finally {
  await boss.stop({ graceful: false });
}
