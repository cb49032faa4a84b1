/**
 * The FINESS import as a background job: an extract file (a path the worker can read — the shared drop folder where
 * the monthly extracts are put) is imported with the same code as `npm run finess:import`. A file that cannot be read
 * or recognised fails the job, and pg-boss retries it with a growing delay (the drop may still be being copied).
 */
import type PgBoss from "pg-boss";
import { importOpenedFile, openFinessPath } from "../finess-import/import-finess-file";

export const FINESS_IMPORT_QUEUE = "finess-import";

/** Three retries after 1–2 min, then 2–4, then 4–8 (retryBackoff: the delay doubles each time, with jitter). */
export const FINESS_IMPORT_RETRIES = { retryLimit: 3, retryDelay: 60, retryBackoff: true } as const;

export interface FinessImportJob {
  path: string;
}

/** What the job stores as its output (visible on the admin jobs page): counts, not the rejected lines themselves. */
export interface FinessImportSummary {
  kind: string;
  lines: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export async function runFinessImport(databaseUrl: string, job: FinessImportJob): Promise<FinessImportSummary> {
  const report = await importOpenedFile(databaseUrl, await openFinessPath(job.path));
  return {
    kind: report.kind,
    lines: report.lines,
    created: report.created,
    updated: report.updated,
    unchanged: report.unchanged,
    rejected: report.rejected.length,
  };
}

/** Creates the queue with its retry policy, if it does not exist yet (the worker and the queuing script both do). */
export function ensureFinessImportQueue(boss: PgBoss): Promise<void> {
  return boss.createQueue(FINESS_IMPORT_QUEUE, { name: FINESS_IMPORT_QUEUE, ...FINESS_IMPORT_RETRIES });
}

/** Queues the import of an extract file (creating the queue if the worker has not yet); returns the job id. */
export async function enqueueFinessImport(boss: PgBoss, job: FinessImportJob, options: PgBoss.SendOptions = {}): Promise<string> {
  await ensureFinessImportQueue(boss);
  const id = await boss.send(FINESS_IMPORT_QUEUE, job, { ...FINESS_IMPORT_RETRIES, ...options });
  if (!id) throw new Error("La tâche d'import FINESS n'a pas été créée.");
  return id;
}
