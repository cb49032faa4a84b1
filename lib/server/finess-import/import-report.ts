/** What an import tells its caller (the npm script now, the admin console later): counts, and each rejected line. */
import type { ExtractHeader } from "../../domain/finess/extract-header";
import type { CategoryLabelChange } from "./category-sync";

export interface RejectedLine {
  line: number;
  reason: string;
}

export interface ImportProgress {
  /** Data lines read so far. */
  lines: number;
  /** Bytes of the file read so far. */
  bytes: number;
}

export interface ImportOptions {
  /** Lines written per database round trip. */
  batchSize?: number;
  /** Called every `batchSize` data lines, and once at the end. */
  onProgress?: (progress: ImportProgress) => void;
}

export const DEFAULT_BATCH_SIZE = 1000;

interface ReportCounts {
  header: ExtractHeader | null;
  /** Data lines read (the header and blank lines aside). */
  lines: number;
  created: number;
  updated: number;
  /** Already in the referential with every imported field equal. */
  unchanged: number;
  rejected: RejectedLine[];
}

export interface EstablishmentsReport extends ReportCounts {
  kind: "establishments";
  /** geolocalisation lines that moved an establishment, and those that left it where it was. */
  geolocated: number;
  geolocationUnchanged: number;
  /** Legal entities created from an establishment line, to be completed by the legal-entities extract. */
  placeholderLegalEntities: number;
  /** Categories met for the first time: created not eligible, for an administrator to decide. */
  createdCategories: Array<{ code: string; label: string }>;
  /** Categories whose FINESS wording changed (each change audited); an eligible one keeps its label. */
  relabeledCategories: CategoryLabelChange[];
}

export interface LegalEntitiesReport extends ReportCounts {
  kind: "legal-entities";
}

export type ImportReport = EstablishmentsReport | LegalEntitiesReport;
