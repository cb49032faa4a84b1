/**
 * `npm run db:backup -- <fichier.dump>`: pg_dump -Fc of DATABASE_URL. The client tools must match the server's major
 * version (PG_BIN=/usr/lib/postgresql/<version>/bin to choose them).
 */
import { backupDatabase } from "./lib/backup";
import { runBackupCommand } from "./lib/backup-command";

await runBackupCommand({
  usage: "DATABASE_URL=postgresql://… npm run db:backup -- <fichier.dump>",
  step: backupDatabase,
  summary: (file, tables, rows) => `Sauvegarde écrite dans ${file} : ${tables} tables, ${rows} lignes.`,
});
