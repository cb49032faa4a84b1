/** `npm run db:migrate`: applies the checked-in migrations to DATABASE_URL (npm start does it for the local base). */
import { applyMigrations } from "./lib/migrate";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL manquant : indiquez la base PostgreSQL à migrer.");
  process.exit(1);
}
await applyMigrations(url);
console.log("Migrations appliquées.");
