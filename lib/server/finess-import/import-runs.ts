/**
 * The imports the national admin follows: a row per import, written by the background job as it goes (state, lines
 * read of total, counts) and read by the admin page, then the report and its rejected lines.
 */
import type { Prisma } from "@/generated/prisma/client";
import type { ImportRunSnapshot } from "../../domain/finess/import-run";
import type { Actor } from "../actor";
import { audit } from "../audit";
import type { PrismaClient } from "../prisma";
import type { ImportProgress, ImportReport } from "./import-report";

// The page polls every second or so: writing progress more often would only load the database.
const PROGRESS_INTERVAL_MS = 500;
const REJECTIONS_PER_INSERT = 5000;

export interface ImportRunView extends ImportRunSnapshot {
  createdAt: Date;
  finishedAt: Date | null;
}

const VIEW = {
  id: true,
  fileName: true,
  kind: true,
  state: true,
  totalLines: true,
  linesRead: true,
  created: true,
  updated: true,
  unchanged: true,
  rejected: true,
  error: true,
  createdAt: true,
  finishedAt: true,
} as const satisfies Prisma.FinessImportSelect;

/** Records an import to come (audited when an admin asks for it); the job is queued with its id. */
export async function createImportRun(
  client: PrismaClient,
  actor: Pick<Actor, "id" | "email"> | null,
  file: { fileName: string; path: string; byteSize?: number },
): Promise<{ id: string }> {
  return client.$transaction(async (tx) => {
    const run = await tx.finessImport.create({
      data: { fileName: file.fileName, path: file.path, byteSize: file.byteSize, requestedById: actor?.id ?? null },
      select: { id: true },
    });
    if (actor) await audit(tx, actor, { action: "finess-import.queue", entityType: "FinessImport", entityId: run.id, after: { fileName: file.fileName, byteSize: file.byteSize } });
    return run;
  });
}

export async function startImportRun(client: PrismaClient, id: string, { kind, totalLines }: { kind: string; totalLines: number }): Promise<void> {
  await client.finessImport.update({
    where: { id },
    data: { kind, totalLines, state: "READING", startedAt: new Date(), finishedAt: null, error: null, linesRead: 0, bytesRead: 0, rejected: 0 },
  });
}

/** An onProgress for the import that writes at most every half second, and always the switch to writing. */
export function progressRecorder(client: PrismaClient, id: string): (progress: ImportProgress) => Promise<void> {
  let last = 0;
  return async ({ phase, lines, bytes, rejected }) => {
    const now = Date.now();
    if (phase === "reading" && now - last < PROGRESS_INTERVAL_MS) return;
    last = now;
    await client.finessImport.update({
      where: { id },
      data: { state: phase === "writing" ? "WRITING" : "READING", linesRead: lines, bytesRead: bytes, rejected },
    });
  };
}

/** The report, its counts and each rejected line, in one transaction. */
export async function completeImportRun(client: PrismaClient, id: string, report: ImportReport): Promise<void> {
  const { rejected, ...rest } = report;
  await client.$transaction(
    async (tx) => {
      await tx.finessImportRejection.deleteMany({ where: { importId: id } });
      for (let from = 0; from < rejected.length; from += REJECTIONS_PER_INSERT) {
        await tx.finessImportRejection.createMany({
          data: rejected.slice(from, from + REJECTIONS_PER_INSERT).map(({ line, reason }, index) => ({ importId: id, position: from + index, line, reason })),
        });
      }
      await tx.finessImport.update({
        where: { id },
        data: {
          state: "COMPLETED",
          kind: report.kind,
          linesRead: report.lines,
          created: report.created,
          updated: report.updated,
          unchanged: report.unchanged,
          rejected: rejected.length,
          report: rest as unknown as Prisma.InputJsonValue,
          finishedAt: new Date(),
        },
      });
    },
    { timeout: 60_000 },
  );
}

export async function failImportRun(client: PrismaClient, id: string, error: string): Promise<void> {
  await client.finessImport.update({ where: { id }, data: { state: "FAILED", error, finishedAt: new Date() } });
}

export function getImportRun(client: PrismaClient, id: string): Promise<ImportRunView | null> {
  return client.finessImport.findUnique({ where: { id }, select: VIEW });
}

export function listImportRuns(client: PrismaClient, limit = 20): Promise<ImportRunView[]> {
  return client.finessImport.findMany({ orderBy: { createdAt: "desc" }, take: limit, select: VIEW });
}

export function importRejections(client: PrismaClient, id: string): Promise<Array<{ line: number; reason: string }>> {
  return client.finessImportRejection.findMany({ where: { importId: id }, orderBy: { position: "asc" }, select: { line: true, reason: true } });
}
