/** The legal-entities extract (etalab-cs1100501) into the referential: staged as read, then written set-based. */
import { parseExtractLine } from "../../domain/finess/extract-line";
import type { ExtractLine } from "./extract-lines";
import { FirstLines } from "./first-lines";
import type { LegalEntitiesReport } from "./import-report";
import { upsertLegalEntities } from "./merge-staged";
import { runExtractImport, type ExtractImport } from "./staged-import";
import type { StagingWriter } from "./staging";

export const importLegalEntities: ExtractImport<LegalEntitiesReport> = async (client, extract, options) => {
  const legalEntities = new FirstLines();
  const stageLine = async (line: ExtractLine, staging: StagingWriter) => {
    const parsed = parseExtractLine("legal-entities", line.text);
    const reason = parsed.section === null ? parsed.reason : legalEntities.add(line.number, parsed.record.finess);
    if (!reason && parsed.section) await staging.legalEntity(line.number, parsed.record);
    return reason;
  };
  const { read, rejected, merged } = await runExtractImport(client, { lines: extract.lines, stageLine, merge: (db) => upsertLegalEntities(db, "extract") }, options);
  return { kind: "legal-entities", header: extract.header, lines: read, ...merged, rejected };
};
