/**
 * The establishments extract (etalab-cs1100507) into the referential: `structureet` lines by batches, a few round trips
 * each whatever their size, then the `geolocalisation` lines place the establishments.
 */
import { DomainError } from "../../domain/errors";
import { placeholderLegalEntityName, type EstablishmentRecord } from "../../domain/finess/establishment-line";
import { parseExtractLine } from "../../domain/finess/extract-line";
import type { GeolocationRecord } from "../../domain/finess/geolocation-line";
import type { LegalSector } from "../../domain/finess/legal-status";
import type { PrismaClient } from "../prisma";
import { syncCategories } from "./category-sync";
import type { OpenedExtract } from "./extract-lines";
import { DEFAULT_BATCH_SIZE, type EstablishmentsReport, type ImportOptions } from "./import-report";
import { PendingRecords } from "./pending-records";
import { tableSync } from "./table-sync";

// capacity and salariedStaff are maintained in the portal, coordinates by geolocalisation lines: never written here.
const syncEstablishments = tableSync<EstablishmentRecord>(
  "Establishment",
  (
    [
      "legalEntityFiness",
      "name",
      "shortName",
      "longName",
      "categoryCode",
      "departementCode",
      "communeCode",
      "addressLine",
      "postalLine",
      "phone",
      "siret",
      "finessUpdatedOn",
    ] as const
  ).map((name) => ({ name, type: "text" })),
);

const syncPositions = tableSync<GeolocationRecord>("Establishment", [
  { name: "coordX", type: "float8" },
  { name: "coordY", type: "float8" },
  { name: "coordSystem", type: "text" },
]);

const INSERT_PLACEHOLDER_LEGAL_ENTITIES = `
  INSERT INTO "LegalEntity" (finess, name, "shortName", sector, "updatedAt")
  SELECT l.finess, l.name, l.name, l.sector, now() FROM json_to_recordset($1::json) AS l(finess char(9), name text, sector "LegalSector")
  ON CONFLICT (finess) DO NOTHING`;

// A legal entity still waiting for the legal-entities extract (no statutjuridique) learns it is public from codesph.
const MARK_LEGAL_ENTITIES_PUBLIC = `
  UPDATE "LegalEntity" SET sector = 'PUBLIC', "updatedAt" = now()
  WHERE finess = ANY(string_to_array($1, ',')::bpchar[]) AND "statusCode" IS NULL AND sector = 'UNKNOWN'`;

export async function importEstablishments(
  db: PrismaClient,
  extract: Pick<OpenedExtract, "header" | "lines">,
  { batchSize = DEFAULT_BATCH_SIZE, onProgress }: ImportOptions = {},
): Promise<EstablishmentsReport> {
  if ((await db.departement.count()) === 0) {
    throw new DomainError("Le référentiel des départements est vide : lancez « npm run db:seed » avant l'import FINESS.");
  }
  const report: EstablishmentsReport = {
    kind: "establishments",
    header: extract.header,
    lines: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: [],
    geolocated: 0,
    geolocationUnchanged: 0,
    placeholderLegalEntities: 0,
    createdCategories: [],
    relabeledCategories: [],
  };
  const establishments = new PendingRecords<EstablishmentRecord>();
  const geolocations = new PendingRecords<GeolocationRecord>();
  // What this import already wrote, so that later batches send only what is new.
  const categoryLabels = new Map<string, string>();
  const legalEntitySectors = new Map<string, LegalSector>();

  async function writeCategories(records: EstablishmentRecord[]): Promise<void> {
    const labels = new Map<string, string>();
    for (const { categoryCode, categoryLabel } of records) {
      if (categoryLabels.get(categoryCode) !== categoryLabel) labels.set(categoryCode, categoryLabel);
    }
    const { created, relabeled } = await syncCategories(db, labels);
    for (const [code, label] of labels) categoryLabels.set(code, label);
    report.createdCategories.push(...created);
    report.relabeledCategories.push(...relabeled);
  }

  async function writeLegalEntities(records: EstablishmentRecord[]): Promise<void> {
    const sectors = new Map<string, LegalSector>();
    for (const { legalEntityFiness, legalEntitySector } of records) {
      if (sectors.get(legalEntityFiness) !== "PUBLIC") sectors.set(legalEntityFiness, legalEntitySector);
    }
    const unseen = [...sectors].filter(([finess, sector]) => {
      const written = legalEntitySectors.get(finess);
      return written === undefined || (written === "UNKNOWN" && sector === "PUBLIC");
    });
    if (!unseen.length) return;
    report.placeholderLegalEntities += await db.$executeRawUnsafe(
      INSERT_PLACEHOLDER_LEGAL_ENTITIES,
      JSON.stringify(unseen.map(([finess, sector]) => ({ finess, name: placeholderLegalEntityName(finess), sector }))),
    );
    const publicOnes = unseen.filter(([, sector]) => sector === "PUBLIC").map(([finess]) => finess);
    if (publicOnes.length) await db.$executeRawUnsafe(MARK_LEGAL_ENTITIES_PUBLIC, publicOnes.join(","));
    for (const [finess, sector] of unseen) legalEntitySectors.set(finess, sector);
  }

  async function flushEstablishments(): Promise<void> {
    const records = establishments.take().map(({ record }) => record);
    if (!records.length) return;
    await writeCategories(records);
    await writeLegalEntities(records);
    const { created, updated } = await syncEstablishments(db, records, { createMissing: true });
    report.created += created;
    report.updated += updated;
    report.unchanged += records.length - created - updated;
  }

  async function flushGeolocations(): Promise<void> {
    // An establishment of this file may still be waiting in its batch.
    await flushEstablishments();
    const batch = geolocations.take();
    if (!batch.length) return;
    const { updated, missing } = await syncPositions(db, batch.map(({ record }) => record), { createMissing: false });
    report.geolocated += updated;
    report.geolocationUnchanged += batch.length - updated - missing.length;
    const unknown = new Set(missing.map((record) => record.finess));
    for (const { line, record } of batch) {
      if (unknown.has(record.finess)) {
        report.rejected.push({
          line,
          reason: `Géolocalisation ignorée : l'établissement ${record.finess} n'est pas au référentiel (ligne structureet absente ou rejetée).`,
        });
      }
    }
  }

  let bytes = 0;
  for await (const line of extract.lines) {
    report.lines += 1;
    bytes = line.bytesRead;
    const parsed = parseExtractLine("establishments", line.text);
    const reason =
      parsed.section === null
        ? parsed.reason
        : parsed.section === "structureet"
          ? establishments.add(line.number, parsed.record)
          : geolocations.add(line.number, parsed.record);
    if (reason) report.rejected.push({ line: line.number, reason });
    if (establishments.size >= batchSize) await flushEstablishments();
    if (geolocations.size >= batchSize) await flushGeolocations();
    if (report.lines % batchSize === 0) onProgress?.({ lines: report.lines, bytes });
  }
  await flushGeolocations();
  onProgress?.({ lines: report.lines, bytes });
  report.rejected.sort((a, b) => a.line - b.line);
  return report;
}
