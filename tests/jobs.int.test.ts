/**
 * Background jobs on PostgreSQL (pg-boss): the worker imports a queued FINESS extract; a job whose file cannot be read
 * is retried with backoff, then fails with its error; the national admin's list reads both from pg-boss's tables.
 */
import { NextRequest } from "next/server";
import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as metricsRoute } from "@/app/api/metrics/route";
import { listJobs, type JobRow } from "@/lib/server/admin/jobs";
import { db } from "@/lib/server/db";
import { enqueueFinessImport, FINESS_IMPORT_QUEUE } from "@/lib/server/jobs/finess-import-queue";
import { startJobWorker } from "@/lib/server/jobs/worker";
import { seedReferential } from "@/prisma/seed";
import { resetDatabase } from "./database";

const ESTABLISHMENTS = fileURLToPath(new URL("./fixtures/finess/etablissements-windows-1252.csv", import.meta.url));

let boss: PgBoss;
const uploads = mkdtempSync(join(tmpdir(), "distrilog-uploads-"));
let worker: Awaited<ReturnType<typeof startJobWorker>>;

beforeAll(async () => {
  await resetDatabase();
  await seedReferential(db());
  const url = process.env.DATABASE_URL!;
  worker = await startJobWorker(
    { DATABASE_URL: url, DATABASE_POOL_SIZE: 2, MAIL_FROM: "Distrilog-santé <test@distrilog-sante.fr>", FINESS_IMPORT_DIR: uploads },
    () => {},
  );
  boss = new PgBoss({ connectionString: url, max: 2 });
  await boss.start();
});

afterAll(async () => {
  await boss?.stop({ graceful: false });
  await worker?.stop();
});

async function settled(id: string, timeout = 30_000): Promise<JobRow> {
  let job: JobRow | undefined;
  await expect
    .poll(
      async () => {
        job = (await listJobs(db())).find((row) => row.id === id);
        return job?.state;
      },
      { timeout, interval: 250 },
    )
    .toMatch(/^(completed|failed)$/);
  return job!;
}

describe("the FINESS import job", () => {
  it("imports the queued extract and keeps its counts as the job's output", async () => {
    const id = await enqueueFinessImport(boss, { path: ESTABLISHMENTS });
    const job = await settled(id);
    expect(job).toMatchObject({ name: FINESS_IMPORT_QUEUE, state: "completed", retryCount: 0, retryLimit: 3, lastError: null });
    expect(job.completedOn).toBeInstanceOf(Date);
    expect(await db().establishment.count()).toBe(10);
    const stored = await boss.getJobById(FINESS_IMPORT_QUEUE, id);
    expect(stored?.output).toEqual({ importId: expect.any(String), kind: "establishments", lines: 20, created: 10, updated: 0, unchanged: 0, rejected: 4 });
    // Queued from the command line, the import still gets its row for the admin page, with its rejected lines.
    const run = await db().finessImport.findUniqueOrThrow({ where: { id: (stored?.output as { importId: string }).importId }, include: { rejections: true } });
    expect(run).toMatchObject({ state: "COMPLETED", kind: "establishments", totalLines: 20, linesRead: 20, created: 10, rejected: 4, fileName: "etablissements-windows-1252.csv" });
    expect(run.rejections.map((r) => r.line).sort((a, b) => a - b)).toEqual([6, 9, 12, 21]);
  });

  it("follows an uploaded import to its report, then removes the uploaded file", async () => {
    const path = join(uploads, "envoi-1.csv");
    copyFileSync(ESTABLISHMENTS, path);
    const run = await db().finessImport.create({ data: { fileName: "etalab.csv", path } });
    await settled(await enqueueFinessImport(boss, { path, importId: run.id }));
    expect(await db().finessImport.findUniqueOrThrow({ where: { id: run.id } })).toMatchObject({ state: "COMPLETED", unchanged: 10, rejected: 4 });
    expect(existsSync(path)).toBe(false);
  });

  it("refuses a file that is no FINESS file at once, without retrying, and says why on the import", async () => {
    const path = join(uploads, "envoi-2.csv");
    writeFileSync(path, "nom;prénom\nDupont;Jean\n");
    const run = await db().finessImport.create({ data: { fileName: "liste.csv", path } });
    const job = await settled(await enqueueFinessImport(boss, { path, importId: run.id }));
    expect(job).toMatchObject({ state: "completed", retryCount: 0 });
    expect(await db().finessImport.findUniqueOrThrow({ where: { id: run.id } })).toMatchObject({
      state: "FAILED",
      error: expect.stringContaining("Fichier non reconnu"),
    });
  });

  it("is queued with three retries and a doubling delay", async () => {
    const id = await enqueueFinessImport(boss, { path: ESTABLISHMENTS }, { startAfter: 3600 });
    const [row] = await db().$queryRaw<Array<{ retry_limit: number; retry_delay: number; retry_backoff: boolean }>>`
      SELECT retry_limit, retry_delay, retry_backoff FROM pgboss.job WHERE id = ${id}::uuid`;
    expect(row).toEqual({ retry_limit: 3, retry_delay: 60, retry_backoff: true });
    await boss.cancel(FINESS_IMPORT_QUEUE, id);
  });

  it("retries a file that cannot be read, then fails with its error, shown in the jobs list", async () => {
    const id = await enqueueFinessImport(boss, { path: "/nonexistent/finess.csv" }, { retryLimit: 1, retryDelay: 1 });
    const job = await settled(id);
    expect(job).toMatchObject({ state: "failed", retryCount: 1, retryLimit: 1 });
    expect(job.lastError).toContain("ENOENT");
    expect(await db().establishment.count()).toBe(10);
  });
});

describe("distrilog_jobs in /api/metrics", () => {
  it("counts the jobs of each queue by state, from pg-boss's tables", async () => {
    const text = await (await metricsRoute(new NextRequest("http://localhost:3999/api/metrics"))).text();
    expect(text).toContain("# TYPE distrilog_jobs gauge");
    expect(text).toContain(`distrilog_jobs{job="finess-import",state="completed"} 3`);
    expect(text).toContain(`distrilog_jobs{job="finess-import",state="failed"} 1`);
    expect(text).toContain(`distrilog_jobs{job="finess-import",state="cancelled"} 1`);
    expect(text).not.toContain("__pgboss");
  });
});
