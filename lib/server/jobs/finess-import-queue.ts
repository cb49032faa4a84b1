/**
 * Where FINESS imports are queued: the queue, its retry policy and the job's data. Kept apart from the job itself so
 * that the queuing script, the upload route and the tests can queue an import without loading the importer.
 */
import type PgBoss from "pg-boss";

export const FINESS_IMPORT_QUEUE = "finess-import";

/** Three retries after 1–2 min, then 2–4, then 4–8 (retryBackoff: the delay doubles each time, with jitter). */
export const FINESS_IMPORT_RETRIES = { retryLimit: 3, retryDelay: 60, retryBackoff: true } as const;

export interface FinessImportJob {
  path: string;
  /** The import the admin page follows; created by the job when queued from the command line. */
  importId?: string;
}

/** Creates the queue with its retry policy, if it does not exist yet (the worker and the queuing script both do). */
export function ensureFinessImportQueue(boss: PgBoss): Promise<void> {
  return boss.createQueue(FINESS_IMPORT_QUEUE, { name: FINESS_IMPORT_QUEUE, ...FINESS_IMPORT_RETRIES });
}

/** Queues the import of a file (creating the queue if the worker has not yet); returns the job id. */
export async function enqueueFinessImport(boss: PgBoss, job: FinessImportJob, options: PgBoss.SendOptions = {}): Promise<string> {
  await ensureFinessImportQueue(boss);
  const id = await boss.send(FINESS_IMPORT_QUEUE, job, { ...FINESS_IMPORT_RETRIES, ...options });
  if (!id) throw new Error("La tâche d'import FINESS n'a pas été créée.");
  return id;
}
