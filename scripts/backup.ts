/**
 * `npm run db:backup -- <fichier.dump>`: pg_dump -Fc of DATABASE_URL. The client tools must match the server's major
 * version (PG_BIN=/usr/lib/postgresql/<version>/bin to choose them).
 */
import { backupDatabase, tableFingerprints } from "./lib/backup";

const url = process.env.DATABASE_URL;
const file = process.argv[2];
if (!url || !file) {
  console.error("Usage : DATABASE_URL=postgresql://… npm run db:backup -- <fichier.dump>");
  process.exit(1);
}
try {
  await backupDatabase(url, file, { binDir: process.env.PG_BIN });
  const tables = Object.values(await tableFingerprints(url));
  console.log(`Sauvegarde écrite dans ${file} : ${tables.length} tables, ${tables.reduce((sum, t) => sum + t.rows, 0)} lignes.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
