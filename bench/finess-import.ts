/**
 * P3 — FINESS import of a generated full-size national extract (~100 000 establishment rows, plus their
 * geolocation rows) next to PostgreSQL COPY of the same rows into a bare staging table: the floor.
 */
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { importOpenedFile, openFinessPath } from "../lib/server/finess-import/import-finess-file";
import { createPrismaClient } from "../lib/server/prisma";
import { seedReferential } from "../prisma/seed";
import { generatedEstablishment } from "./generated-establishments";
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

export const finessImportScenario: BenchScenario = {
  name: "finess-import",
  description: "P3 — import FINESS de 100 000 établissements vs COPY PostgreSQL des mêmes lignes",
  async run() {
    const work = mkdtempSync(join(tmpdir(), "distrilog-bench-finess-"));
    const file = join(work, "etalab-cs1100507.csv");
    const copyFile = join(work, "structureet.csv");
    const lines = extractLines();
    writeFileSync(file, `${lines.join("\r\n")}\r\n`);
    // COPY gets the very same establishment lines, without the header comment and the geolocation section.
    writeFileSync(copyFile, `${lines.slice(1, ROWS + 1).join("\r\n")}\r\n`);
    try {
      return await withScratchDatabase(async (url) => {
        const db = createPrismaClient(url, 4);
        await seedReferential(db);
        await db.$disconnect();
        process.stdout.write(`  import de ${ROWS} établissements…\n`);
        const t0 = process.hrtime.bigint();
        const report = await importOpenedFile(url, await openFinessPath(file));
        const importSeconds = seconds(t0);

        // The floor: the same establishment lines, as text, COPY'd into a staging table.
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(`CREATE TABLE finess_staging (${Array.from({ length: 32 }, (_, i) => `c${i} text`).join(", ")})`);
        const t1 = process.hrtime.bigint();
        const copy = client.query(copyFrom("COPY finess_staging FROM STDIN WITH (FORMAT csv, DELIMITER ';')"));
        await pipeline(createReadStream(copyFile), copy);
        const copySeconds = seconds(t1);
        const { rows } = await client.query("SELECT count(*)::int AS n FROM finess_staging");
        await client.end();
        return {
          rows: ROWS,
          importSeconds: round(importSeconds),
          importRowsPerSecond: Math.round(ROWS / importSeconds),
          created: "created" in report ? report.created : 0,
          rejected: report.rejected.length,
          copySeconds: round(copySeconds, 3),
          copiedRows: rows[0].n,
          ratioImportToCopy: round(importSeconds / copySeconds, 1),
          invariantAllRowsImported: "created" in report && report.created === ROWS && rows[0].n === ROWS,
        };
      });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
};
