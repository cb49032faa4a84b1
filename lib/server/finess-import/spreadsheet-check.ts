/**
 * Before an import writes anything, its first lines are read ahead and searched for the marks a spreadsheet leaves
 * when it saves an extract again; such a file is refused whole. A spreadsheet rewrites whole columns — the header's
 * date, every phone number, every date — so the head of the file shows it, and reading ahead costs no second pass
 * over a national file.
 */
import { finessImportRefusals } from "../../domain/finess/import-refusals";
import { SpreadsheetDamageDetector } from "../../domain/finess/spreadsheet-damage";
import type { ExtractLine, OpenedExtract } from "./extract-lines";

/** Lines read ahead: the header and, in a national extract sorted by FINESS number, all of Ain's establishments. */
const SPREADSHEET_CHECK_LINES = 2000;

/** The extract with the same lines, once its head is found sound; the refusal EXTRACT_SPREADSHEET_DAMAGED otherwise. */
export async function refuseSpreadsheetDamage<T extends Pick<OpenedExtract, "lines">>(extract: T): Promise<T> {
  const lines = extract.lines[Symbol.asyncIterator]();
  const head: ExtractLine[] = [];
  const detector = new SpreadsheetDamageDetector();
  // The whole head, not just to the first mark: the refusal lists every kind of damage seen.
  while (head.length < SPREADSHEET_CHECK_LINES) {
    const next = await lines.next();
    if (next.done) break;
    head.push(next.value);
    // A damaged header is no longer recognised as one: it comes first among the data lines.
    if (next.value.number === 1) detector.inspectHeader(next.value.text);
    detector.inspectLine(next.value.number, next.value.text);
  }
  const evidence = detector.evidence();
  if (evidence.length) {
    await lines.return?.();
    throw finessImportRefusals.refuse("EXTRACT_SPREADSHEET_DAMAGED", { evidence });
  }
  return { ...extract, lines: replay(head, lines) };
}

async function* replay(head: ExtractLine[], rest: AsyncIterator<ExtractLine>): AsyncGenerator<ExtractLine> {
  yield* head;
  // Through yield*, an import that stops early closes the file too.
  yield* { [Symbol.asyncIterator]: () => rest };
}
