/**
 * P3 — FINESS import of a generated full-size national extract (~100 000 establishment rows, plus their
 * geolocation rows), and of the same establishments as a JSON « structures » flow (100 000 legal entities with one
 * establishment each), next to PostgreSQL COPY of the same establishment rows into a bare staging table: the floor.
 * Each import runs on a fresh database: a first, full import.
 */
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { importOpenedFile, openFinessPath } from "../lib/server/finess-import/import-finess-file";
import type { ImportReport } from "../lib/server/finess-import/import-report";
import { createPrismaClient } from "../lib/server/prisma";
import { seedReferential } from "../prisma/seed";
import { generatedEstablishment } from "./generated-establishments";
import { writeStructuresFlow } from "./generated-structures";
import { round, seconds, type BenchScenario } from "./scenario";
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

/** A first, full import of `file` into a fresh, seeded database. */
function timedImport(file: string, label: string): Promise<{ seconds: number; report: ImportReport }> {
  return withScratchDatabase(async (url) => {
    const db = createPrismaClient(url, 4);
    await seedReferential(db);
    await db.$disconnect();
    process.stdout.write(`  import de ${ROWS} établissements, ${label}…\n`);
    const start = process.hrtime.bigint();
    const report = await importOpenedFile(url, await openFinessPath(file));
    return { seconds: seconds(start), report };
  });
}

/** The floor: the same establishment lines, as text, COPY'd into a bare table. */
function copyFloor(copyFile: string): Promise<{ seconds: number; rows: number }> {
  return withScratchDatabase(async (url) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`CREATE TABLE finess_staging (${Array.from({ length: 32 }, (_, i) => `c${i} text`).join(", ")})`);
    const start = process.hrtime.bigint();
    await pipeline(createReadStream(copyFile), client.query(copyFrom("COPY finess_staging FROM STDIN WITH (FORMAT csv, DELIMITER ';')")));
    const elapsed = seconds(start);
    const { rows } = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM finess_staging");
    await client.end();
    return { seconds: elapsed, rows: rows[0].n };
  });
}

export const finessImportScenario: BenchScenario = {
  name: "finess-import",
  description: "P3 — import FINESS de 100 000 établissements (extrait CSV, puis flux JSON) vs COPY PostgreSQL des mêmes lignes",
  async run() {
    const work = mkdtempSync(join(tmpdir(), "distrilog-bench-finess-"));
    const file = join(work, "etalab-cs1100507.csv");
    const copyFile = join(work, "structureet.csv");
    const lines = extractLines();
    writeFileSync(file, `${lines.join("\r\n")}\r\n`);
    // COPY gets the very same establishment lines, without the header comment and the geolocation section.
    writeFileSync(copyFile, `${lines.slice(1, ROWS + 1).join("\r\n")}\r\n`);
    const flowFile = join(work, "finess-structures.json");
    const flowBytes = await writeStructuresFlow(flowFile, ROWS);
    try {
      const csv = await timedImport(file, "extrait CSV");
      const flow = await timedImport(flowFile, `flux JSON (${Math.round(flowBytes / 2 ** 20)} Mio)`);
      const copy = await copyFloor(copyFile);
      const flowEstablishments = flow.report.kind === "structures" ? flow.report.establishments.created : 0;
      return {
        rows: ROWS,
        importSeconds: round(csv.seconds),
        importRowsPerSecond: Math.round(ROWS / csv.seconds),
        created: csv.report.created,
        rejected: csv.report.rejected.length,
        flowSeconds: round(flow.seconds),
        flowMegabytes: Math.round(flowBytes / 2 ** 20),
        flowEstablishmentsCreated: flowEstablishments,
        flowRejected: flow.report.rejected.length,
        copySeconds: round(copy.seconds, 3),
        copiedRows: copy.rows,
        ratioImportToCopy: round(csv.seconds / copy.seconds, 1),
        ratioFlowToCopy: round(flow.seconds / copy.seconds, 1),
        invariantAllRowsImported: csv.report.created === ROWS && flowEstablishments === ROWS && copy.rows === ROWS,
      };
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
};
