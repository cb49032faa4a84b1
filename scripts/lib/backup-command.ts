/**
 * The command line of db:backup and db:restore: DATABASE_URL and the dump file, the step itself, then what the
 * database holds (tables and rows), so that a restore can be checked against what its backup printed.
 */
import { tableFingerprints, type PostgresTools } from "./backup";

export async function runBackupCommand({
  usage,
  step,
  summary,
}: {
  usage: string;
  step: (url: string, file: string, tools: PostgresTools) => Promise<void>;
  summary: (file: string, tables: number, rows: number) => string;
}): Promise<void> {
  const url = process.env.DATABASE_URL;
  const file = process.argv[2];
  if (!url || !file) {
    console.error(`Usage : ${usage}`);
    process.exit(1);
  }
  try {
    await step(url, file, { binDir: process.env.PG_BIN });
    const tables = Object.values(await tableFingerprints(url));
    console.log(summary(file, tables.length, tables.reduce((sum, t) => sum + t.rows, 0)));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
