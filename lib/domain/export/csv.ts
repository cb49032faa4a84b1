/** CSV as Excel in a French locale opens it: UTF-8 with a byte order mark, ";" separators, CRLF line ends. */
export type CsvValue = string | number | null;

/** Excel reads a UTF-8 file as such only when it starts with a byte order mark. */
export const BOM = "\uFEFF";
const SEPARATOR = ";";
const NEWLINE = "\r\n";
/** A spreadsheet runs a cell starting with one of these as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: numbers bare; text double-quoted (inner quotes doubled) and defused when it looks like a formula. */
export function csvCell(value: CsvValue): string {
  if (typeof value === "number") return String(value);
  const text = value ?? "";
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

export function csvLine(cells: ReadonlyArray<CsvValue>): string {
  return cells.map(csvCell).join(SEPARATOR) + NEWLINE;
}

/** A whole file: BOM, header row, then one line per row. */
export function csvDocument(header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<CsvValue>>): string {
  return BOM + csvLine(header) + rows.map(csvLine).join("");
}
