/**
 * `npm run db:restore -- <fichier.dump>`: pg_restore into DATABASE_URL, an empty database created beforehand
 * (createdb), in one transaction. Prints the tables and rows restored, to compare with what db:backup printed.
 */
import { restoreDatabase, tableFingerprints } from "./lib/backup";

const url = process.env.DATABASE_URL;
const file = process.argv[2];
if (!url || !file) {
  console.error("Usage : DATABASE_URL=postgresql://…/base_vide npm run db:restore -- <fichier.dump>");
  process.exit(1);
}
try {
  await restoreDatabase(url, file, { binDir: process.env.PG_BIN });
  const tables = Object.values(await tableFingerprints(url));
  console.log(`Base restaurée depuis ${file} : ${tables.length} tables, ${tables.reduce((sum, t) => sum + t.rows, 0)} lignes.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
