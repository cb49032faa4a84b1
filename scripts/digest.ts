/**
 * `npm run digest -- [2026-W47]`: sends the weekly digest of a week (by default last week) to every ARS mailbox, now.
 * Safe to run again: a region already sent is skipped. Reads DATABASE_URL and SMTP_URL; without them, the database
 * and the mail catcher of a running `npm start`.
 */
import { parseWeekKey } from "../lib/domain/time/paris-time";
import { mailerFrom } from "../lib/adapters/email";
import { jobEnv } from "../lib/server/env";
import { createPrismaClient } from "../lib/server/prisma";
import { describeDigestRun, lastWeek, sendWeeklyDigests } from "../lib/server/reporting/weekly-digest";
import { embeddedDatabaseUrl } from "./lib/postgres";

const week = process.argv[2] ?? lastWeek(new Date());
if (!parseWeekKey(week)) {
  console.error(`Semaine invalide : ${week}. Usage : npm run digest -- [2026-W47]`);
  process.exit(1);
}
// `npm start`'s defaults (scripts/start.ts): its embedded PostgreSQL and its mail catcher.
process.env.DATABASE_URL ??= embeddedDatabaseUrl(Number(process.env.PGPORT ?? 5433), "distrilog");
process.env.SMTP_URL ??= `smtp://127.0.0.1:${process.env.SMTP_PORT ?? 1025}`;
const config = jobEnv();
const client = createPrismaClient(config.DATABASE_URL, 2);
try {
  const report = await sendWeeklyDigests(week, { client, mailer: mailerFrom(config) });
  console.log(describeDigestRun(report));
  if (report.failed.length) process.exitCode = 1;
} finally {
  await client.$disconnect();
}
