/**
 * The background job worker (pg-boss on the portal's PostgreSQL): schedules the weekly digest each Monday at 7:00,
 * Paris time, and runs it; sums the dashboard trend's deltas every minute; sends again the contact answers the mail relay refused; runs the FINESS imports queued (retried with backoff). `scripts/lib/stack.ts` starts it next to Next.js; run alone:
 * `tsx --conditions=react-server lib/server/jobs/worker.ts` with DATABASE_URL (and SMTP_URL) set.
 */
import { pathToFileURL } from "node:url";
import PgBoss from "pg-boss";
import { mailerFrom } from "@/lib/adapters/email";
import { PARIS_TIME_ZONE } from "@/lib/domain/time/paris-time";
import { jobEnv, type JobEnv } from "../env";
import { describeError, logger } from "../observability/logger";
import { countPendingContactAnswers, describeContactAnswersRun, sendPendingContactAnswers } from "../contact/answers";
import { createPrismaClient } from "../prisma";
import { describeDigestRun, lastWeek, sendWeeklyDigests, WEEKLY_DIGEST_CRON } from "../reporting/weekly-digest";
import { compactDepartementWeekUnits, DEPARTEMENT_WEEK_UNITS_INTERVAL_MS } from "../reporting/departement-week-units";
import { CONTACT_ANSWERS_QUEUE, enqueueContactAnswers, ensureContactAnswersQueue } from "./contact-answers-queue";
import { runFinessImport } from "./finess-import-job";
import { ensureFinessImportQueue, FINESS_IMPORT_QUEUE, type FinessImportJob } from "./finess-import-queue";

export const WEEKLY_DIGEST_QUEUE = "weekly-digest";

/**
 * Two workers starting at once (two instances of the portal) can deadlock in pg-boss's queue creation; PostgreSQL
 * aborts one of them (40P01), which only has to try again: the queues are created once, whoever wins.
 */
async function retryOnDeadlock(step: () => Promise<unknown>, attempts = 5): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await step();
      return;
    } catch (error) {
      if (attempt >= attempts || (error as { code?: string }).code !== "40P01") throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

export async function startJobWorker(config: JobEnv, log: (line: string) => void = console.log) {
  const boss = new PgBoss({ connectionString: config.DATABASE_URL, max: 2 });
  boss.on("error", (error) => logger().error({ error: describeError(error) }, "tâches : erreur de pg-boss"));
  const client = createPrismaClient(config.DATABASE_URL, 2);
  const mailer = mailerFrom(config);
  await boss.start();
  await retryOnDeadlock(() => boss.createQueue(WEEKLY_DIGEST_QUEUE, { name: WEEKLY_DIGEST_QUEUE, retryLimit: 5, retryDelay: 120, retryBackoff: true }));
  await boss.schedule(WEEKLY_DIGEST_QUEUE, WEEKLY_DIGEST_CRON, undefined, { tz: PARIS_TIME_ZONE });
  await boss.work(WEEKLY_DIGEST_QUEUE, async () => {
    const report = await sendWeeklyDigests(lastWeek(new Date()), { client, mailer });
    log(`[tâches] ${describeDigestRun(report)}`);
    // A failed region makes the job fail: pg-boss retries it, and the retry sends only what is missing.
    if (report.failed.length) throw new Error(describeDigestRun(report));
  });
  // A timer, not a pg-boss job: one a minute would bury the admin's list of jobs. Two instances summing at once is
  // safe (each sums only the deltas its statement sees and deletes).
  const compaction = setInterval(() => {
    compactDepartementWeekUnits(client).catch((error) => logger().error({ error: describeError(error) }, "tâches : somme des unités par département en échec"));
  }, DEPARTEMENT_WEEK_UNITS_INTERVAL_MS);
  await retryOnDeadlock(() => ensureContactAnswersQueue(boss));
  await boss.work(CONTACT_ANSWERS_QUEUE, async () => {
    const report = await sendPendingContactAnswers(client, mailer);
    log(`[tâches] ${describeContactAnswersRun(report)}`);
    // Answers still unsent make the job fail: pg-boss tries it again later.
    if (report.pending) throw new Error(describeContactAnswersRun(report));
  });
  if (await countPendingContactAnswers(client)) await enqueueContactAnswers(boss);
  await retryOnDeadlock(() => ensureFinessImportQueue(boss));
  await boss.work<FinessImportJob>(FINESS_IMPORT_QUEUE, async ([job]) => {
    const summary = await runFinessImport({ databaseUrl: config.DATABASE_URL, client, uploadDir: config.FINESS_IMPORT_DIR }, job.data);
    logger().info({ job: FINESS_IMPORT_QUEUE, jobId: job.id, ...summary }, "tâches : import FINESS terminé");
    return summary;
  });
  return {
    async stop() {
      clearInterval(compaction);
      await boss.stop({ graceful: true, timeout: 10_000 });
      await client.$disconnect();
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const worker = await startJobWorker(jobEnv());
  console.log(`[tâches] synthèse hebdomadaire planifiée (${WEEKLY_DIGEST_CRON}, ${PARIS_TIME_ZONE})`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void worker.stop().then(() => process.exit(0)));
  }
}
