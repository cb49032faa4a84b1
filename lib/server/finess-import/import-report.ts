/** What an import tells its caller (the npm script, the background job, the admin page): counts, and each rejected line. */
import type { ExtractHeader } from "../../domain/finess/extract-header";
import type { CategoryLabelChange } from "./category-sync";

export interface RejectedLine {
  /** 1-based line of the file (for the JSON flow, the line where the structure starts). */
  line: number;
  reason: string;
}

export interface ImportProgress {
  /** reading: the file is being read and staged; writing: the referential is being brought to it. */
  phase: "reading" | "writing";
  /** Data lines (JSON flow: structures) read so far. */
  lines: number;
  /** Bytes of the file read so far. */
  bytes: number;
  /** Lines refused so far. */
  rejected: number;
}

export interface ImportOptions {
  /** Progress is reported every this many data lines, and once more before writing. */
  progressEvery?: number;
  onProgress?: (progress: ImportProgress) => unknown;
}

export interface UpsertCounts {
  created: number;
  updated: number;
  /** Already in the referential with every imported field equal. */
  unchanged: number;
}

interface ReportCounts extends UpsertCounts {
  header: ExtractHeader | null;
  /** Data lines read (the header and blank lines aside). */
  lines: number;
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

/** The JSON « structures » flow: its lines are structures (legal entities and establishments), its counts both. */
export interface StructuresReport extends ReportCounts {
  kind: "structures";
  legalEntities: UpsertCounts;
  establishments: UpsertCounts;
  /** Establishments the flow has closed (etatObjet I, or closing date passed): they cannot order. */
  closedEstablishments: number;
  /** Category codes new to the referential: created not eligible, under the nomenclature's label. */
  createdCategories: Array<{ code: string; label: string }>;
}

export type ImportReport = EstablishmentsReport | LegalEntitiesReport | StructuresReport;
