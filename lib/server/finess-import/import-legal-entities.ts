/** The legal-entities extract (etalab-cs1100501) into the referential: staged as read, then written set-based. */
import type pg from "pg";
import { parseExtractLine } from "../../domain/finess/extract-line";
import type { OpenedExtract } from "./extract-lines";
import { FirstLines } from "./first-lines";
import type { ImportOptions, LegalEntitiesReport } from "./import-report";
import { upsertLegalEntities } from "./merge-staged";
import { runStagedImport } from "./staged-import";

export async function importLegalEntities(
  client: pg.Client,
  extract: Pick<OpenedExtract, "header" | "lines">,
  options?: ImportOptions,
): Promise<LegalEntitiesReport> {
  const legalEntities = new FirstLines();
  const { read, rejected, merged } = await runStagedImport(
    client,
    {
      items: extract.lines,
      async stage(line, staging) {
        const parsed = parseExtractLine("legal-entities", line.text);
        const reason = parsed.section === null ? parsed.reason : legalEntities.add(line.number, parsed.record.finess);
        if (!reason && parsed.section) await staging.legalEntity(line.number, parsed.record);
        return { read: 1, rejected: reason ? [{ line: line.number, reason }] : [] };
      },
      merge: (db) => upsertLegalEntities(db, "extract"),
    },
    options,
  );
  return { kind: "legal-entities", header: extract.header, lines: read, ...merged, rejected };
}
