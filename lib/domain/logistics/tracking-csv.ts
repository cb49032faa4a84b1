import { trackingLineSchema } from "../../schemas/logistics";
import type { OrderStatus } from "../orders/order-status";
import { TRACKING_LINE_REASONS, type TrackingLineError } from "./refusals";

/** Most orders one CSV of tracking numbers ships: a carrier's day of parcels, applied in one transaction. */
export const TRACKING_CSV_MAX_LINES = 5_000;

/** A line of the file, read: which order ships with which tracking number. */
export interface TrackingLine {
  line: number;
  orderNumber: number;
  trackingNumber: string;
}

export type TrackingCsv = { ok: true; lines: TrackingLine[] } | { ok: false; errors: TrackingLineError[] };

/** A cell as a spreadsheet writes it: maybe double-quoted, inner quotes doubled. */
function unquote(cell: string): string {
  const text = cell.trim();
  return text.length >= 2 && text.startsWith('"') && text.endsWith('"') ? text.slice(1, -1).replaceAll('""', '"') : text;
}

/**
 * Reads the CSV of tracking numbers (« numéro de commande;numéro de suivi », one order a line, as Excel saves it: BOM,
 * quotes, CRLF, an optional header line without digits, blank lines and trailing « ; » ignored). Every bad line is
 * reported with its number in the file, so that the logistician fixes them all at once.
 */
export function parseTrackingCsv(text: string): TrackingCsv {
  const lines: TrackingLine[] = [];
  const errors: TrackingLineError[] = [];
  const firstLineOf = new Map<number, number>();
  const rows = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  let headerChecked = false;
  for (const [index, raw] of rows.entries()) {
    const line = index + 1;
    if (raw.trim() === "") continue;
    const cells = raw.split(";").map(unquote);
    while (cells.length > 2 && cells.at(-1) === "") cells.pop();
    const isHeader = !headerChecked && !/\d/.test(cells[0]);
    headerChecked = true;
    if (isHeader) continue;
    if (cells.length !== 2) {
      errors.push({ line, reason: TRACKING_LINE_REASONS.columns(cells.length) });
      continue;
    }
    const parsed = trackingLineSchema.safeParse({ orderNumber: cells[0], trackingNumber: cells[1] });
    if (!parsed.success) {
      errors.push({ line, reason: parsed.error.issues.map((issue) => issue.message).join(" ") });
      continue;
    }
    const { orderNumber, trackingNumber } = parsed.data;
    const first = firstLineOf.get(orderNumber);
    if (first !== undefined) {
      errors.push({ line, reason: TRACKING_LINE_REASONS.duplicate(orderNumber, first) });
      continue;
    }
    firstLineOf.set(orderNumber, line);
    lines.push({ line, orderNumber, trackingNumber });
  }
  if (lines.length > TRACKING_CSV_MAX_LINES) errors.push({ line: lines[TRACKING_CSV_MAX_LINES].line, reason: TRACKING_LINE_REASONS.tooMany(TRACKING_CSV_MAX_LINES) });
  return errors.length ? { ok: false, errors: errors.sort((a, b) => a.line - b.line) } : { ok: true, lines };
}

/**
 * The lines whose order did not ship, and why: no such order in the state's logistics, or not in preparation (shipped
 * already, by a previous file or by hand). `found` holds the current status of the orders that exist.
 */
export function unshippedLines(
  lines: readonly TrackingLine[],
  found: ReadonlyArray<{ number: number; status: OrderStatus }>,
): TrackingLineError[] {
  const statusOf = new Map(found.map((o) => [o.number, o.status]));
  return lines.map(({ line, orderNumber }) => {
    const status = statusOf.get(orderNumber);
    return { line, reason: status ? TRACKING_LINE_REASONS.notInPreparation(orderNumber, status) : TRACKING_LINE_REASONS.unknown(orderNumber) };
  });
}
