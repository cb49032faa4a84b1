/** An import as the national admin follows it: its state, how far it has gone, and its rejected lines as a CSV file. */
import { csvDocument } from "../export/csv";
import { parisDateKey } from "../time/paris-time";

export type ImportRunState = "QUEUED" | "READING" | "WRITING" | "COMPLETED" | "FAILED";

/** An import as its progress page follows it (the polling route sends the same fields as JSON). */
export interface ImportRunSnapshot {
  id: string;
  fileName: string;
  kind: string | null;
  state: ImportRunState;
  totalLines: number | null;
  linesRead: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  error: string | null;
}

export const IMPORT_RUN_STATE_LABELS: Record<ImportRunState, string> = {
  QUEUED: "En attente",
  READING: "Lecture du fichier",
  WRITING: "Écriture du référentiel",
  COMPLETED: "Terminé",
  FAILED: "Échec",
};

export const IMPORT_KIND_LABELS: Record<string, string> = {
  establishments: "Extrait des établissements (CSV)",
  "legal-entities": "Extrait des entités juridiques (CSV)",
  structures: "Flux « structures » (JSON)",
};

export interface ImportRunProgress {
  state: ImportRunState;
  linesRead: number;
  totalLines: number | null;
}

/**
 * How much of the work is done, 0–100: reading the file is most of it (95 %), writing the referential the rest; a
 * file whose count of lines is not known yet shows no progress until it is.
 */
export function progressPercent({ state, linesRead, totalLines }: ImportRunProgress): number {
  if (state === "COMPLETED") return 100;
  if (state === "WRITING") return 95;
  if (state !== "READING" || !totalLines) return 0;
  return Math.min(95, Math.floor((95 * linesRead) / totalLines));
}

export function isFinished(state: ImportRunState): boolean {
  return state === "COMPLETED" || state === "FAILED";
}

/** The rejected lines as Excel (French locale) opens them. */
export function rejectionsCsv(rows: ReadonlyArray<{ line: number; reason: string }>): string {
  return csvDocument(["Ligne", "Motif du rejet"], rows.map(({ line, reason }) => [line, reason]));
}

/** « rejets-import-finess-etablissements-2026-12-02.csv » */
export function rejectionsFilename(fileName: string, createdAt: Date): string {
  const base = fileName.replace(/\.[^.]+$/, "").normalize("NFD").replace(/[^A-Za-z0-9-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60);
  return `rejets-${base || "import-finess"}-${parisDateKey(createdAt)}.csv`;
}
