/**
 * `npm run db:restore -- <fichier.dump>`: pg_restore into DATABASE_URL, an empty database created beforehand
 * (createdb), in one transaction. Prints the tables and rows restored, to compare with what db:backup printed.
 */
import { restoreDatabase } from "./lib/backup";
import { runBackupCommand } from "./lib/backup-command";

await runBackupCommand({
  usage: "DATABASE_URL=postgresql://…/base_vide npm run db:restore -- <fichier.dump>",
  step: restoreDatabase,
  summary: (file, tables, rows) => `Base restaurée depuis ${file} : ${tables} tables, ${rows} lignes.`,
});
