/**
 * P3 — FINESS import of a generated full-size national extract (~100 000 establishment rows, plus their
 * geolocation rows), and of the same establishments as a JSON « structures » flow (100 000 legal entities with one
 * establishment each), each next to its floor: PostgreSQL COPY of the same rows into bare, unindexed tables — the
 * extract's 100 000 establishment and 100 000 geolocation lines; for the flow, its 100 000 legal entities and
 * 100 000 establishments, as the extracts' lines of the same records. The former floor (the establishment lines
 * alone) is printed too. Each import runs on a fresh database: a first, full import. Besides wall time, the CPU
 * seconds of the work (this process and the PostgreSQL cluster) and their ratio, which a loaded machine does not
 * distort.
 */
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { COPY_BUFFER_BYTES } from "../lib/server/finess-import/copy-writer";
import { importOpenedFile, openFinessPath } from "../lib/server/finess-import/import-finess-file";
import type { ImportReport } from "../lib/server/finess-import/import-report";
import { createPrismaClient } from "../lib/server/prisma";
import { seedReferential } from "../prisma/seed";
import { cpuClock, postmasterOf, type CpuSeconds } from "./cpu-time";
import { generatedEstablishment } from "./generated-establishments";
import { writeStructuresFlow } from "./generated-structures";
import { percentile, round, seconds, type BenchFigures, type BenchScenario } from "./scenario";
import { withScratchDatabase } from "./scratch-database";

const ROWS = 100_000;

function extractLines(): string[] {
  const lines = ["finess;etalab;111;2026-05-12"];
  for (let i = 0; i < ROWS; i++) {
    const e = generatedEstablishment(i);
    const d = e.departement;
    lines.push(
      [
        "structureet", e.finess, e.legalEntityFiness, e.name, `${e.name} LONG`, "", "", String(i % 300), "RUE", `DU BANC ${i}`, "", "",
        "123", d.finessCode, d.name.toUpperCase(), `${d.code.padEnd(5, "0").slice(0, 5)} VILLE`, "0400000000", "", e.categoryCode,
        "Catégorie", "1102", "Agrégat", "", "8610Z", "03", "Tarif", i % 3 === 0 ? "1" : "0", "SPH", "2001-01-01", "2001-01-01", "2026-01-01", "",
      ].join(";"),
    );
  }
  for (let i = 0; i < ROWS; i++) {
    lines.push(["geolocalisation", generatedEstablishment(i).finess, String(600000 + i), String(6500000 + i), "1,ATLASANTE,96,BAN,L93_METROPOLE", "2026-01-01"].join(";"));
  }
  return lines;
}

/** The same generated legal entities as `structureej` lines of the legal-entities extract (23 fields). */
function legalEntityLines(): string[] {
  return Array.from({ length: ROWS }, (_, i) => {
    const e = generatedEstablishment(i);
    const d = e.departement;
    return [
      "structureej", e.legalEntityFiness, `EJ ${e.name}`, `EJ ${e.name} LONG`, "", String(i % 300), "R", `DU BANC ${i}`, "", "", "", "123",
      `${d.code.padEnd(5, "0").slice(0, 5)} VILLE`, d.finessCode, d.name.toUpperCase(), "0400000000", i % 3 === 0 ? "13" : "95", "Statut", "", "",
      String(100000000 + i), "8610Z", "2001-01-01",
    ].join(";");
  });
}

interface Timed {
  seconds: number;
  /** CPU seconds: this process and the PostgreSQL cluster. */
  cpu: CpuSeconds;
}

/** A first, full import of `file` into a fresh, seeded database; `readingSeconds`: until the file is read and staged. */
function timedImport(file: string, label: string): Promise<Timed & { readingSeconds: number; report: ImportReport }> {
  return withScratchDatabase(async (url) => {
    const db = createPrismaClient(url, 4);
    await seedReferential(db);
    await db.$disconnect();
    process.stdout.write(`  import de ${ROWS} établissements, ${label}…\n`);
    const cpu = cpuClock(await postmasterOf(url));
    const start = process.hrtime.bigint();
    let readingSeconds = NaN;
    const report = await importOpenedFile(url, await openFinessPath(file), {
      onProgress: ({ phase }) => {
        if (phase === "writing") readingSeconds = seconds(start);
      },
    });
    const elapsed = seconds(start);
    return { seconds: elapsed, cpu: await cpu.secondsAfterDisconnect(), readingSeconds, report };
  });
}

interface FloorTable {
  file: string;
  columns: number;
}

const FLOOR_RUNS = 3;

/**
 * The floor: the same rows, as text, COPY'd into bare tables (one per kind of line), all in one database; the median
 * of three runs, the floor being short enough for a passing load on the machine to double it.
 */
function copyFloor(tables: FloorTable[]): Promise<Timed & { rows: number }> {
  return withScratchDatabase(async (url) => {
    const postmaster = await postmasterOf(url);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const runs: Timed[] = [];
    let rows = 0;
    for (let run = 0; run < FLOOR_RUNS; run++) {
      for (const [i, { columns }] of tables.entries()) {
        await client.query(`DROP TABLE IF EXISTS floor_${i}`);
        await client.query(`CREATE TABLE floor_${i} (${Array.from({ length: columns }, (_, c) => `c${c} text`).join(", ")})`);
      }
      const cpu = cpuClock(postmaster);
      const start = process.hrtime.bigint();
      for (const [i, { file }] of tables.entries()) {
        // The import's COPY buffer, so that the floor is no slower for a smaller one.
        const copy = copyFrom(`COPY floor_${i} FROM STDIN WITH (FORMAT csv, DELIMITER ';')`, { highWaterMark: COPY_BUFFER_BYTES });
        await pipeline(createReadStream(file), client.query(copy));
      }
      runs.push({ seconds: seconds(start), cpu: cpu.seconds() });
      rows = 0;
      for (const i of tables.keys()) rows += (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM floor_${i}`)).rows[0].n;
    }
    await client.end();
    const median = (values: number[]) => percentile(values.sort((a, b) => a - b), 50);
    const cpu = { node: median(runs.map((r) => r.cpu.node)), postgres: median(runs.map((r) => r.cpu.postgres)) };
    return { seconds: median(runs.map((r) => r.seconds)), cpu: { ...cpu, total: cpu.node + cpu.postgres }, rows };
  });
}

type Measured = { seconds: number; cpu: { node: number; postgres: number; total: number } };

/** An import against its COPY floor, by the clock and by CPU (Node's and PostgreSQL's), under the figures' names. */
function againstFloor(names: { run: "import" | "flow"; floor: "csv" | "flow" }, run: Measured, floor: Measured): BenchFigures {
  const Run = names.run === "import" ? "Import" : "Flow";
  return {
    [`${names.floor}FloorSeconds`]: round(floor.seconds, 3),
    [`ratio${Run}ToFloor`]: round(run.seconds / floor.seconds, 1),
    [`${names.run}CpuSeconds`]: round(run.cpu.total),
    [`${names.run}NodeCpuSeconds`]: round(run.cpu.node),
    [`${names.run}PostgresCpuSeconds`]: round(run.cpu.postgres),
    [`${names.floor}FloorCpuSeconds`]: round(floor.cpu.total),
    [`cpuRatio${Run}ToFloor`]: round(run.cpu.total / floor.cpu.total, 1),
  };
}

export const finessImportScenario: BenchScenario = {
  name: "finess-import",
  description: "P3 — import FINESS de 100 000 établissements (extrait CSV, puis flux JSON) vs COPY PostgreSQL des mêmes lignes",
  async run() {
    const work = mkdtempSync(join(tmpdir(), "distrilog-bench-finess-"));
    const file = join(work, "etalab-cs1100507.csv");
    const lines = extractLines();
    writeFileSync(file, `${lines.join("\r\n")}\r\n`);
    // The floors get the very same lines, without the header comment, one file per kind of line.
    const floorFile = (name: string, rows: string[]) => {
      const path = join(work, `${name}.csv`);
      writeFileSync(path, `${rows.join("\r\n")}\r\n`);
      return path;
    };
    const establishments = { file: floorFile("structureet", lines.slice(1, ROWS + 1)), columns: 32 };
    const geolocations = { file: floorFile("geolocalisation", lines.slice(ROWS + 1)), columns: 6 };
    const legalEntities = { file: floorFile("structureej", legalEntityLines()), columns: 23 };
    const flowFile = join(work, "finess-structures.json");
    const flowBytes = await writeStructuresFlow(flowFile, ROWS);
    try {
      const csv = await timedImport(file, "extrait CSV");
      const flow = await timedImport(flowFile, `flux JSON (${Math.round(flowBytes / 2 ** 20)} Mio)`);
      process.stdout.write(`  planchers COPY (médiane de ${FLOOR_RUNS})…\n`);
      const csvFloor = await copyFloor([establishments, geolocations]);
      const flowFloor = await copyFloor([legalEntities, establishments]);
      const copy = await copyFloor([establishments]);
      const flowEstablishments = flow.report.kind === "structures" ? flow.report.establishments.created : 0;
      const flowLegalEntities = flow.report.kind === "structures" ? flow.report.legalEntities.created : 0;
      return {
        rows: ROWS,
        importSeconds: round(csv.seconds),
        importReadingSeconds: round(csv.readingSeconds),
        importRowsPerSecond: Math.round(ROWS / csv.seconds),
        created: csv.report.created,
        rejected: csv.report.rejected.length,
        ...againstFloor({ run: "import", floor: "csv" }, csv, csvFloor),
        flowSeconds: round(flow.seconds),
        flowReadingSeconds: round(flow.readingSeconds),
        flowMegabytes: Math.round(flowBytes / 2 ** 20),
        flowEstablishmentsCreated: flowEstablishments,
        flowRejected: flow.report.rejected.length,
        ...againstFloor({ run: "flow", floor: "flow" }, flow, flowFloor),
        copySeconds: round(copy.seconds, 3),
        ratioImportToCopy: round(csv.seconds / copy.seconds, 1),
        ratioFlowToCopy: round(flow.seconds / copy.seconds, 1),
        invariantAllRowsImported:
          csv.report.created === ROWS &&
          flowEstablishments === ROWS &&
          flowLegalEntities === ROWS &&
          copy.rows === ROWS &&
          csvFloor.rows === 2 * ROWS &&
          flowFloor.rows === 2 * ROWS,
      };
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
};
