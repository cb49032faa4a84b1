/**
 * The FINESS import as a background job: a file the worker can read — uploaded from the admin page, or put in the
 * shared drop folder and queued by `npm run finess:queue` — is imported with the same code as `npm run finess:import`,
 * its progress and report written where the admin page reads them. A file FINESS could not have produced (not
 * recognised, damaged, cut short) is refused at once; a file that cannot be read fails the job, and pg-boss retries it
 * with a growing delay (the drop may still be being copied).
 */
import { rm } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import { DomainError } from "../../domain/errors";
import { countDataLines } from "../finess-import/count-lines";
import { importOpenedFile, openFinessPath } from "../finess-import/import-finess-file";
import { completeImportRun, createImportRun, failImportRun, progressRecorder, startImportRun } from "../finess-import/import-runs";
import type { PrismaClient } from "../prisma";
import type { FinessImportJob } from "./finess-import-queue";

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
