/** The legal-entities extract (etalab-cs1100501) into the referential, by batches of a few round trips each. */
import { parseExtractLine } from "../../domain/finess/extract-line";
import type { LegalEntityRecord } from "../../domain/finess/legal-entity-line";
import type { PrismaClient } from "../prisma";
import type { OpenedExtract } from "./extract-lines";
import { DEFAULT_BATCH_SIZE, type ImportOptions, type LegalEntitiesReport } from "./import-report";
import { PendingRecords } from "./pending-records";
import { tableSync } from "./table-sync";

// The extract has no datemaj for legal entities: finessUpdatedOn is left as it is.
const syncLegalEntities = tableSync<LegalEntityRecord>("LegalEntity", [
  { name: "name", type: "text" },
  { name: "shortName", type: "text" },
  { name: "longName", type: "text" },
  { name: "statusCode", type: "text" },
  { name: "statusLabel", type: "text" },
  { name: "sector", type: '"LegalSector"' },
  { name: "departementCode", type: "text" },
]);

export async function importLegalEntities(
  db: PrismaClient,
  extract: Pick<OpenedExtract, "header" | "lines">,
  { batchSize = DEFAULT_BATCH_SIZE, onProgress }: ImportOptions = {},
): Promise<LegalEntitiesReport> {
  const report: LegalEntitiesReport = {
    kind: "legal-entities",
    header: extract.header,
    lines: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: [],
  };
  const legalEntities = new PendingRecords<LegalEntityRecord>();

  async function flush(): Promise<void> {
    const records = legalEntities.take().map(({ record }) => record);
    if (!records.length) return;
    const { created, updated } = await syncLegalEntities(db, records, { createMissing: true });
    report.created += created;
    report.updated += updated;
    report.unchanged += records.length - created - updated;
  }

  let bytes = 0;
  for await (const line of extract.lines) {
    report.lines += 1;
    bytes = line.bytesRead;
    const parsed = parseExtractLine("legal-entities", line.text);
    const reason = parsed.section === null ? parsed.reason : legalEntities.add(line.number, parsed.record);
    if (reason) report.rejected.push({ line: line.number, reason });
    if (legalEntities.size >= batchSize) await flush();
    if (report.lines % batchSize === 0) onProgress?.({ lines: report.lines, bytes });
  }
  await flush();
  onProgress?.({ lines: report.lines, bytes });
  return report;
}
