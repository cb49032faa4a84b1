/** The dashboard's tables as a real spreadsheet: one sheet per table, a bold frozen header row, typed cells. */
import ExcelJS from "exceljs";
import type { ColumnType, ExportTable, ExportValue } from "@/lib/domain/reporting/export-tables";
import { parisWallClockAsUtc } from "@/lib/domain/time/paris-time";

const FORMATS: Record<ColumnType, string | undefined> = {
  text: undefined,
  integer: "#,##0",
  percent: "0%",
  datetime: "dd/mm/yyyy hh:mm",
};

/** Spreadsheets have no time zones: a date is written as the wall-clock time it was in Paris. */
const cellValue = (value: ExportValue) => (value instanceof Date ? parisWallClockAsUtc(value) : value);

export async function tablesToXlsx(tables: readonly ExportTable[], generatedAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Distrilog-santé";
  workbook.created = generatedAt;
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.sheet, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = table.columns.map((column, i) => ({
      header: column.header,
      key: `c${i}`,
      width: column.width,
      style: FORMATS[column.type] ? { numFmt: FORMATS[column.type] } : {},
    }));
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: "middle", wrapText: true };
    for (const row of table.rows) sheet.addRow(row.map(cellValue));
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
