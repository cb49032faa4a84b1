import { formatDecimal } from "../wording/french";

/** One field of an audited change: its value before and after, as text ("—" where it had none). */
export interface ChangeRow {
  field: string;
  before: string;
  after: string;
  changed: boolean;
}

const NONE = "—";

/** A JSON value of an audit row as one line of text: booleans in French, objects and lists as JSON. */
export function auditValueText(value: unknown): string {
  if (value === null || value === undefined || value === "") return NONE;
  if (typeof value === "boolean") return value ? "oui" : "non";
  if (typeof value === "number") return formatDecimal(value);
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The before/after of an audit row, field by field, in the order the fields first appear (before's, then the new
 * ones of after). A side that is not an object (a bare value, null) is one field named « valeur ».
 */
export function changeRows(before: unknown, after: unknown): ChangeRow[] {
  if (before == null && after == null) return [];
  const asRecord = (value: unknown): Record<string, unknown> => (value == null ? {} : isRecord(value) ? value : { valeur: value });
  const b = asRecord(before);
  const a = asRecord(after);
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields.map((field) => {
    const beforeText = field in b ? auditValueText(b[field]) : NONE;
    const afterText = field in a ? auditValueText(a[field]) : NONE;
    return { field, before: beforeText, after: afterText, changed: beforeText !== afterText };
  });
}

/** « eligible : oui → non ; label : … » — a change in one line, for a CSV cell. */
export function changeSummary(before: unknown, after: unknown): string {
  return changeRows(before, after)
    .map((row) => (row.changed ? `${row.field} : ${row.before} → ${row.after}` : `${row.field} : ${row.after}`))
    .join(" ; ");
}
