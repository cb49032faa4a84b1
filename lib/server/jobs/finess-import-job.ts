/**
 * The FINESS import as a background job: a file the worker can read — uploaded from the admin page, or put in the
 * shared drop folder and queued by `npm run finess:queue` — is imported with the same code as `npm run finess:import`,
 * its progress and report written where the admin page reads them. A file FINESS could not have produced (not
 * recognised, damaged, cut short) is refused at once; a file that cannot be read fails the job, and pg-boss retries it
 * with a growing delay (the drop may still be being copied).
 */
import { rm } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import type PgBoss from "pg-boss";
import { DomainError } from "../../domain/errors";
import { countDataLines } from "../finess-import/count-lines";
import { importOpenedFile, openFinessPath } from "../finess-import/import-finess-file";
import { completeImportRun, createImportRun, failImportRun, progressRecorder, startImportRun } from "../finess-import/import-runs";
import type { PrismaClient } from "../prisma";

export const FINESS_IMPORT_QUEUE = "finess-import";

/** Three retries after 1–2 min, then 2–4, then 4–8 (retryBackoff: the delay doubles each time, with jitter). */
export const FINESS_IMPORT_RETRIES = { retryLimit: 3, retryDelay: 60, retryBackoff: true } as const;

export interface FinessImportJob {
  path: string;
  /** The import the admin page follows; created by the job when queued from the command line. */
  importId?: string;
}

/** What the job stores as its output (visible on the admin jobs page): counts, not the rejected lines themselves. */
export interface FinessImportSummary {
  importId: string;
  kind: string;
  lines: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface FinessImportContext {
  databaseUrl: string;
  client: PrismaClient;
  /** Files in this folder are uploads, removed once imported or refused. */
  uploadDir?: string;
}

export async function runFinessImport(
  { databaseUrl, client, uploadDir }: FinessImportContext,
  job: FinessImportJob,
): Promise<FinessImportSummary | { importId: string; refused: string }> {
  const importId = job.importId ?? (await createImportRun(client, null, { fileName: basename(job.path), path: job.path })).id;
  const upload = uploadDir !== undefined && dirname(resolve(job.path)) === resolve(uploadDir);
  try {
    const file = await openFinessPath(job.path);
    await startImportRun(client, importId, {
      kind: file.kind,
      totalLines: await countDataLines(job.path, file.kind, file.kind !== "structures" && file.header !== null),
    });
    const report = await importOpenedFile(databaseUrl, file, { onProgress: progressRecorder(client, importId) });
    await completeImportRun(client, importId, report);
    if (upload) await rm(job.path, { force: true });
    const { kind, lines, created, updated, unchanged, rejected } = report;
    return { importId, kind, lines, created, updated, unchanged, rejected: rejected.length };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await failImportRun(client, importId, message);
    // The same file would be refused again: no retry.
    if (!(error instanceof DomainError)) throw error;
    if (upload) await rm(job.path, { force: true });
    return { importId, refused: message };
  }
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
