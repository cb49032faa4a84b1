/**
 * The staging table of an import: every accepted record of the file is COPY'd into one temporary table (a column per
 * field of any section, null where a section has none), then set-based statements bring the referential to it in one
 * transaction — a file changes all it should, or nothing.
 */
import type pg from "pg";
import type { EstablishmentRecord } from "../../domain/finess/establishment-line";
import { placeholderLegalEntityName } from "../../domain/finess/establishment-line";
import type { GeolocationRecord } from "../../domain/finess/geolocation-line";
import type { LegalEntityRecord } from "../../domain/finess/legal-entity-line";
import { CopyWriter, type CopyValue } from "./copy-writer";

export const STAGING_TABLE = "finess_staged";

/** ET: structureet (or an EGE of the JSON flow), GEO: geolocalisation, EJ: structureej (or a PMEJ). */
export type StagedSection = "ET" | "GEO" | "EJ";

const COLUMNS = {
  line: "int",
  section: "text",
  finess: "char(9)",
  legal_entity_finess: "char(9)",
  legal_entity_name: "text",
  name: "text",
  short_name: "text",
  long_name: "text",
  category_code: "text",
  category_label: "text",
  category_fallback_label: "text",
  departement_code: "text",
  commune_code: "text",
  address_line: "text",
  postal_line: "text",
  phone: "text",
  siret: "text",
  finess_updated_on: "text",
  sector: '"LegalSector"',
  status_code: "text",
  status_label: "text",
  coord_x: "float8",
  coord_y: "float8",
  coord_system: "text",
  closed_on: "text",
} as const;

type StagedColumn = keyof typeof COLUMNS;
type StagedRow = Partial<Record<StagedColumn, CopyValue>> & { line: number; section: StagedSection; finess: string };

const COLUMN_NAMES = Object.keys(COLUMNS) as StagedColumn[];

export async function createStagingTable(client: pg.Client): Promise<void> {
  await client.query(`DROP TABLE IF EXISTS ${STAGING_TABLE}`);
  await client.query(
    `CREATE TEMP TABLE ${STAGING_TABLE} (${COLUMN_NAMES.map((name) => `${name} ${COLUMNS[name]}`).join(", ")})`,
  );
}

/** Stages records through one COPY; `end()` once the file is read, then ANALYZE gives the merges a good plan. */
export class StagingWriter {
  private readonly writer: CopyWriter;

  constructor(private readonly client: pg.Client) {
    this.writer = CopyWriter.open(client, STAGING_TABLE, COLUMN_NAMES);
  }

  get rows(): number {
    return this.writer.rows;
  }

  private write(row: StagedRow): Promise<void> {
    return this.writer.write(COLUMN_NAMES.map((name) => row[name] ?? null));
  }

  /**
   * `labelFromFile`: the record's category label is the file's wording (extract), to sync; otherwise (JSON flow) only
   * the label a new category gets.
   */
  establishment(
    line: number,
    record: EstablishmentRecord & Partial<GeolocationRecord> & { closedOn?: string | null },
    { labelFromFile = true } = {},
  ): Promise<void> {
    return this.write({
      line,
      section: "ET",
      finess: record.finess,
      legal_entity_finess: record.legalEntityFiness,
      legal_entity_name: placeholderLegalEntityName(record.legalEntityFiness),
      name: record.name,
      short_name: record.shortName,
      long_name: record.longName,
      category_code: record.categoryCode,
      category_label: labelFromFile ? record.categoryLabel : null,
      category_fallback_label: record.categoryLabel,
      departement_code: record.departementCode,
      commune_code: record.communeCode,
      address_line: record.addressLine,
      postal_line: record.postalLine,
      phone: record.phone,
      siret: record.siret,
      finess_updated_on: record.finessUpdatedOn,
      sector: record.legalEntitySector,
      coord_x: record.coordX ?? null,
      coord_y: record.coordY ?? null,
      coord_system: record.coordSystem ?? null,
      closed_on: record.closedOn ?? null,
    });
  }

  geolocation(line: number, record: GeolocationRecord): Promise<void> {
    return this.write({
      line,
      section: "GEO",
      finess: record.finess,
      coord_x: record.coordX,
      coord_y: record.coordY,
      coord_system: record.coordSystem,
    });
  }

  legalEntity(line: number, record: Omit<LegalEntityRecord, "statusLabel"> & { statusLabel?: string | null; closedOn?: string | null }): Promise<void> {
    return this.write({
      line,
      section: "EJ",
      finess: record.finess,
      name: record.name,
      short_name: record.shortName,
      long_name: record.longName,
      status_code: record.statusCode,
      status_label: record.statusLabel ?? null,
      sector: record.sector,
      departement_code: record.departementCode,
      closed_on: record.closedOn ?? null,
    });
  }

  async end(): Promise<void> {
    await this.writer.end();
    // Statistics on the join columns only: enough for the merges' plans, at a fraction of a full ANALYZE.
    await this.client.query(`ANALYZE ${STAGING_TABLE} (section, finess, legal_entity_finess)`);
  }

  abort(error: Error): void {
    this.writer.abort(error);
  }
}
