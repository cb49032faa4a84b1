/**
 * The FINESS « structures » JSON flow into the referential: each legal entity is checked against the published
 * schema and mapped (lib/domain/finess/structure-records.ts) as it is read, staged with its establishments, then the
 * legal entities, the categories new to the referential and the establishments — positions and open/closed state
 * included — are written set-based.
 */
import type pg from "pg";
import { finessImportRefusals } from "../../domain/finess/import-refusals";
import { parisDateKey } from "../../domain/time/paris-time";
import { structureRecords } from "../../domain/finess/structure-records";
import { createMissingCategories } from "./category-sync";
import { FirstLines } from "./first-lines";
import type { ImportOptions, RejectedLine, StructuresReport } from "./import-report";
import { upsertEstablishments, upsertLegalEntities } from "./merge-staged";
import { runStagedImport } from "./staged-import";
import { STAGING_TABLE } from "./staging";
import { readStructures, type StructuresHeader } from "./structures-reader";

export interface OpenedStructures {
  kind: "structures";
  source: AsyncIterable<Uint8Array>;
}

const SUPPORTED_SCHEMA = /^v1\./;

function checkSchemaVersion(header: StructuresHeader): void {
  if (!header.schemaVersion) throw finessImportRefusals.refuse("STRUCTURES_WITHOUT_SCHEMA_VERSION");
  if (!SUPPORTED_SCHEMA.test(header.schemaVersion)) throw finessImportRefusals.refuse("STRUCTURES_SCHEMA_UNSUPPORTED", { version: header.schemaVersion });
}

/** `today` (YYYY-MM-DD): the reference for closing dates when the flow does not say when it was generated. */
export async function importStructures(
  client: pg.Client,
  { source }: OpenedStructures,
  options: ImportOptions & { today?: string } = {},
): Promise<StructuresReport> {
  const header: StructuresHeader = { schemaVersion: null, generatedAt: null };
  const legalEntities = new FirstLines();
  const establishments = new FirstLines();
  const { read, rejected, merged } = await runStagedImport(
    client,
    {
      items: readStructures(source, header),
      async stage(item, staging) {
        checkSchemaVersion(header);
        let parsed: unknown;
        try {
          parsed = JSON.parse(item.json);
        } catch (error) {
          throw finessImportRefusals.refuse("STRUCTURES_ENTITY_MALFORMED", { line: item.line, reason: (error as Error).message });
        }
        const flowDate = /^\d{4}-\d{2}-\d{2}/.test(header.generatedAt ?? "") ? header.generatedAt!.slice(0, 10) : (options.today ?? parisDateKey(new Date()));
        const records = structureRecords(parsed, flowDate);
        const refused: RejectedLine[] = [];
        const legalEntity = records.legalEntity;
        const legalEntityReason = legalEntity.ok ? legalEntities.add(item.line, legalEntity.record.finess) : legalEntity.reason;
        if (legalEntityReason) refused.push({ line: item.line, reason: legalEntityReason });
        else if (legalEntity.ok) await staging.legalEntity(item.line, legalEntity.record);
        for (const [index, establishment] of records.establishments.entries()) {
          const line = item.egeLines[index] ?? item.line;
          const reason = legalEntityReason
            ? "Établissement ignoré : son entité juridique est rejetée (voir sa ligne)."
            : establishment.ok
              ? establishments.add(line, establishment.record.finess)
              : establishment.reason;
          if (reason) refused.push({ line, reason });
          else if (establishment.ok) await staging.establishment(line, establishment.record, { labelFromFile: false });
        }
        return { read: 1 + records.establishments.length, rejected: refused };
      },
      async merge(db) {
        const legalEntityCounts = await upsertLegalEntities(db, "flow");
        const createdCategories = await createMissingCategories(db);
        const { created, updated, unchanged } = await upsertEstablishments(db, "flow");
        const { rows } = await db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM ${STAGING_TABLE} WHERE section = 'ET' AND closed_on IS NOT NULL`,
        );
        return { legalEntityCounts, establishmentCounts: { created, updated, unchanged }, createdCategories, closedEstablishments: rows[0].n };
      },
    },
    options,
  );
  checkSchemaVersion(header);
  const { legalEntityCounts: ej, establishmentCounts: et } = merged;
  return {
    kind: "structures",
    header: { version: header.schemaVersion!, date: (header.generatedAt ?? "").slice(0, 10) },
    lines: read,
    created: ej.created + et.created,
    updated: ej.updated + et.updated,
    unchanged: ej.unchanged + et.unchanged,
    rejected: rejected.sort((a, b) => a.line - b.line),
    legalEntities: ej,
    establishments: et,
    closedEstablishments: merged.closedEstablishments,
    createdCategories: merged.createdCategories,
  };
}
