import "server-only";
import PgBoss from "pg-boss";
import { env } from "../env";
import { describeError, logger } from "../observability/logger";

const globalForQueue = globalThis as unknown as { distrilogJobQueue?: Promise<PgBoss> };

/**
 * The portal's handle on the job queue, to send jobs only: the worker (lib/server/jobs/worker.ts) runs them and does
 * pg-boss's upkeep, so this one neither supervises nor schedules.
 */
export function jobQueue(): Promise<PgBoss> {
  globalForQueue.distrilogJobQueue ??= (async () => {
    const boss = new PgBoss({ connectionString: env().DATABASE_URL, max: 2, supervise: false, schedule: false });
    boss.on("error", (error) => logger().error({ error: describeError(error) }, "tâches : erreur de pg-boss (envoi)"));
    await boss.start();
    return boss;
  })();
  return globalForQueue.distrilogJobQueue;
}
