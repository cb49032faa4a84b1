import { csvDocument } from "../export/csv";
import { parisDateKey } from "../time/paris-time";
import { formatDateTime } from "../wording/french";
import { changeSummary } from "./changes";
import { auditActionLabel, auditEntityLabel } from "./labels";

/** One journal entry as the viewer and its export read it. */
export interface AuditEntry {
  id: string;
  at: Date;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  /** The establishment (ET, or EJ of a multi-site entity) the entry concerns, when it concerns one. */
  finess: string | null;
}

const HEADER = ["Date", "Auteur", "Action", "Code de l'action", "Objet", "Identifiant", "FINESS concerné", "Avant", "Après", "Changement"];

/** The journal in the portal's CSV for French Excel: one line per entry, before and after as JSON and in words. */
export function journalCsv(entries: readonly AuditEntry[]): string {
  return csvDocument(
    HEADER,
    entries.map((entry) => [
      formatDateTime(entry.at),
      entry.actorEmail ?? "système",
      auditActionLabel(entry.action),
      entry.action,
      auditEntityLabel(entry.entityType),
      entry.entityId,
      entry.finess,
      entry.before == null ? null : JSON.stringify(entry.before),
      entry.after == null ? null : JSON.stringify(entry.after),
      changeSummary(entry.before, entry.after),
    ]),
  );
}

export const journalCsvFilename = (scope: string, now: Date) => `journal-${scope}-${parisDateKey(now)}.csv`;
