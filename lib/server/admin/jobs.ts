import "server-only";
import type { PrismaClient } from "../prisma";

/** One pg-boss job as the national admin sees it: read from pg-boss's own tables (live jobs, then archived ones). */
export interface JobRow {
  id: string;
  name: string;
  state: "created" | "retry" | "active" | "completed" | "cancelled" | "failed";
  retryCount: number;
  retryLimit: number;
  createdOn: Date;
  completedOn: Date | null;
  /** The handler's error message when the job failed (its last attempt's). */
  lastError: string | null;
  archived: boolean;
  /** For a FINESS import, the import its page follows. */
  importId: string | null;
}

/** Job output → the last error's message: pg-boss stores a thrown error as { message, stack, … }. */
function lastErrorOf(state: string, output: unknown): string | null {
  if (state !== "failed" && state !== "retry") return null;
  if (output && typeof output === "object" && "message" in output) return String((output as { message: unknown }).message);
  return output == null ? null : JSON.stringify(output);
}

async function pgBossReady(client: PrismaClient): Promise<boolean> {
  const [{ ready }] = await client.$queryRaw<Array<{ ready: boolean }>>`
    SELECT to_regclass('pgboss.job') IS NOT NULL AND to_regclass('pgboss.archive') IS NOT NULL AS ready`;
  return ready;
}

/** How many jobs each queue has in each state (live and archived), for the metrics. */
export async function jobStateCounts(client: PrismaClient): Promise<Array<{ name: string; state: string; jobs: number }>> {
  if (!(await pgBossReady(client))) return [];
  return client.$queryRaw`
    SELECT name, state, count(*)::int AS jobs FROM (
      SELECT name, state::text FROM pgboss.job WHERE name NOT LIKE '\\_\\_pgboss%'
      UNION ALL
      SELECT name, state::text FROM pgboss.archive WHERE name NOT LIKE '\\_\\_pgboss%'
    ) jobs
    GROUP BY 1, 2 ORDER BY 1, 2`;
}

/**
 * The latest jobs of the portal's queues (pg-boss's internal queues aside), most recent first; none while the worker
 * has never started (no pgboss schema yet).
 */
export async function listJobs(client: PrismaClient, limit = 100): Promise<JobRow[]> {
  if (!(await pgBossReady(client))) return [];
  const rows = await client.$queryRaw<
    Array<{ id: string; name: string; state: JobRow["state"]; retryCount: number; retryLimit: number; createdOn: Date; completedOn: Date | null; output: unknown; archived: boolean; importId: string | null }>
  >`
    SELECT * FROM (
      SELECT id::text, name, state::text AS state, retry_count AS "retryCount", retry_limit AS "retryLimit",
             created_on AS "createdOn", completed_on AS "completedOn", output, false AS archived,
             coalesce(data->>'importId', output->>'importId') AS "importId"
        FROM pgboss.job WHERE name NOT LIKE '\\_\\_pgboss%'
      UNION ALL
      SELECT id::text, name, state::text, retry_count, retry_limit, created_on, completed_on, output, true,
             coalesce(data->>'importId', output->>'importId')
        FROM pgboss.archive WHERE name NOT LIKE '\\_\\_pgboss%'
    ) jobs
    ORDER BY "createdOn" DESC, id
    LIMIT ${limit}`;
  return rows.map(({ output, ...row }) => ({ ...row, lastError: lastErrorOf(row.state, output) }));
}
