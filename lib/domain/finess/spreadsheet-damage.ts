/**
 * A FINESS extract opened and saved again by a spreadsheet (Excel, LibreOffice) comes back damaged in ways no genuine
 * extract ever is: the header's date rewritten « 12/05/2026 », long numbers in scientific notation (a SIRET becomes
 * « 2,6E+13 »), codes and phone numbers stripped of their leading zero (département « 1 », « 474454647 »), dates
 * written day/month/year, street numbers such as « 9-9 » taken for dates (« 09-sept »), coordinates with a decimal
 * comma. Importing such a file would overwrite sound values with damaged ones: it is refused whole, with what was seen.
 */
import { splitExtractLine } from "./extract-fields";
import { finessNumberError } from "./finess-number";

export type SpreadsheetDamageKind =
  | "header-date"
  | "scientific-notation"
  | "code-leading-zero"
  | "phone-leading-zero"
  | "day-month-year-date"
  | "date-in-street"
  | "decimal-comma";

export interface DamageSample {
  kind: SpreadsheetDamageKind;
  /** The file's line, 1-based. */
  line: number;
  value: string;
}

type FieldCheck = { kind: SpreadsheetDamageKind; positions: readonly number[]; damaged: (value: string) => boolean };

const SCIENTIFIC = /^-?\d([.,]\d+)?E\+\d{1,2}$/i;
const DAY_MONTH_YEAR = /^\d{1,2}\/\d{1,2}\/\d{2,4}$/;
// French spreadsheets write « 9-9 » back as « 09-sept », « 1-11 » as « 01-nov »: FINESS text is upper case.
const MONTH_DATE = /(^|\s)\d{1,2}-(janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|oct|nov|déc|dec)\.?(-\d{2,4})?($|\s)/;
const DECIMAL_COMMA = /^-?\d+,\d+$/;
// A phone number of FINESS has 10 digits and starts with 0: one of 9 digits lost its zero.
const PHONE_WITHOUT_ZERO = /^[1-9]\d{8}$/;
/** A FINESS number of fewer than 9 digits that becomes a valid one once padded with zeros: its zeros were dropped. */
const finessWithoutZeros = (value: string) => /^\d{1,8}$/.test(value) && finessNumberError(value.padStart(9, "0")) === null;

// Field positions per section (see establishment-line.ts, legal-entity-line.ts, geolocation-line.ts).
const CHECKS: Record<string, { fieldCounts: readonly number[]; checks: readonly FieldCheck[]; phones: readonly number[] }> = {
  structureet: {
    fieldCounts: [31, 32],
    phones: [16, 17],
    checks: [
      { kind: "scientific-notation", positions: [1, 2, 16, 17, 22], damaged: (v) => SCIENTIFIC.test(v) },
      // departement, codemft ("03"), commune ("034"), the FINESS numbers.
      { kind: "code-leading-zero", positions: [13, 24], damaged: (v) => /^[1-9]$/.test(v) },
      { kind: "code-leading-zero", positions: [12], damaged: (v) => /^\d{1,2}$/.test(v) },
      { kind: "code-leading-zero", positions: [1, 2], damaged: finessWithoutZeros },
      { kind: "day-month-year-date", positions: [28, 29, 30], damaged: (v) => DAY_MONTH_YEAR.test(v) },
      { kind: "date-in-street", positions: [7, 9, 10, 11], damaged: (v) => MONTH_DATE.test(v) },
    ],
  },
  structureej: {
    fieldCounts: [23, 24],
    phones: [15],
    checks: [
      { kind: "scientific-notation", positions: [1, 15, 20], damaged: (v) => SCIENTIFIC.test(v) },
      // departement, statutjuridique ("01"), commune.
      { kind: "code-leading-zero", positions: [13, 16], damaged: (v) => /^[1-9]$/.test(v) },
      { kind: "code-leading-zero", positions: [11], damaged: (v) => /^\d{1,2}$/.test(v) },
      { kind: "code-leading-zero", positions: [1], damaged: finessWithoutZeros },
      { kind: "day-month-year-date", positions: [22], damaged: (v) => DAY_MONTH_YEAR.test(v) },
      { kind: "date-in-street", positions: [5, 7, 8, 10], damaged: (v) => MONTH_DATE.test(v) },
    ],
  },
  geolocalisation: {
    fieldCounts: [6],
    phones: [],
    checks: [
      { kind: "code-leading-zero", positions: [1], damaged: finessWithoutZeros },
      { kind: "decimal-comma", positions: [2, 3], damaged: (v) => DECIMAL_COMMA.test(v) },
      { kind: "day-month-year-date", positions: [5], damaged: (v) => DAY_MONTH_YEAR.test(v) },
    ],
  },
};

const HEADER = /^finess;etalab;[^;]*;([^;]*);?$/;

/**
 * Reads the lines of an extract one by one and tells, at any point, whether they prove a spreadsheet re-save. One
 * sample of a kind is proof — a genuine extract never holds such a value — except for phone numbers, where a lone
 * 9-digit number may be a typing error at the source: there, most of the file's numbers must have lost their zero.
 */
export class SpreadsheetDamageDetector {
  private readonly samples = new Map<SpreadsheetDamageKind, DamageSample>();
  private phones = { damaged: 0, sound: 0, first: null as DamageSample | null };

  /** Line 1 of the file, which FINESS writes `finess;etalab;<version>;<YYYY-MM-DD>`. */
  inspectHeader(text: string): void {
    const date = HEADER.exec(text.trim())?.[1];
    if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) this.note({ kind: "header-date", line: 1, value: date });
  }

  inspectLine(line: number, text: string): void {
    const fields = splitExtractLine(text);
    const section = fields && CHECKS[fields[0]];
    // Only lines of the expected shape: a line broken otherwise is the line parser's to reject.
    if (!fields || !section || !section.fieldCounts.includes(fields.length)) return;
    for (const { kind, positions, damaged } of section.checks) {
      if (this.samples.has(kind)) continue;
      for (const position of positions) {
        const value = fields[position].trim();
        if (value && damaged(value)) {
          this.note({ kind, line, value });
          break;
        }
      }
    }
    for (const position of section.phones) {
      const value = fields[position].trim();
      if (!value) continue;
      if (PHONE_WITHOUT_ZERO.test(value)) {
        this.phones.damaged += 1;
        this.phones.first ??= { kind: "phone-leading-zero", line, value };
      } else {
        this.phones.sound += 1;
      }
    }
  }

  /** What the lines read so far prove, first line first; empty when nothing does. */
  evidence(): DamageSample[] {
    const found = [...this.samples.values()];
    if (this.phones.first && this.phones.damaged > this.phones.sound) found.push(this.phones.first);
    return found.sort((a, b) => a.line - b.line);
  }

  private note(sample: DamageSample): void {
    if (!this.samples.has(sample.kind)) this.samples.set(sample.kind, sample);
  }
}
