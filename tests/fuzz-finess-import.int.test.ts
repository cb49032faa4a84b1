/**
 * Fuzzing the FINESS import on PostgreSQL with small generated extracts — valid lines, broken ones, lines of no
 * extract, raw bytes, blank lines; UTF-8 or Windows-1252; streamed in arbitrary chunks. The import never throws (but
 * for the French refusal of a file that is no extract at all), accounts for every data line exactly once (created,
 * updated, unchanged, geolocated, rejected), and a file whose lines are all rejected changes no row.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "@/lib/domain/errors";
import { db } from "@/lib/server/db";
import { importFinessFile } from "@/lib/server/finess-import/import-finess-file";
import type { ImportReport } from "@/lib/server/finess-import/import-report";
import { seedReferential } from "@/prisma/seed";
import { resetDatabase } from "./database";
import {
  brokenLine,
  damagedLine,
  establishmentLine,
  finessNumber,
  geolocationLine,
  legalEntityLine,
  lineText,
  rejectedLine,
} from "./support/finess-lines";
import { FUZZ_SEED } from "./support/fuzz-inputs";
import { changedTables, tableSnapshot } from "./support/table-snapshot";

const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const options = { seed: FUZZ_SEED, numRuns: RUNS, endOnFailure: true };

const HEADER = "finess;etalab;111;2026-05-12";
// Windows-1252 bytes 0x80–0x9F, as lib/server/finess-import/extract-lines.ts decodes them.
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

function encodeWindows1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((char) => {
    const high = WINDOWS_1252_HIGH.indexOf(char);
    if (high >= 0) return 0x80 + high;
    const code = char.codePointAt(0)!;
    return code <= 0xff && (code < 0x80 || code > 0x9f) ? code : 0x3f;
  }));
}

/** A generated line of the file: text (encoded with the file), raw bytes, or a blank line; `counts` if a data line. */
type FileLine = { text: string } | { bytes: Uint8Array } | { blank: string };

const blankLine: fc.Arbitrary<FileLine> = fc.constantFrom("", "  ", "\t", "\r").map((blank) => ({ blank }));
// Raw bytes, never a line break, always something visible: a data line of garbage.
const bytesLine: fc.Arbitrary<FileLine> = fc
  .uint8Array({ maxLength: 80 })
  .map((bytes) => ({ bytes: Uint8Array.from([0x78, ...bytes.filter((b) => b !== 0x0a)]) }));
const textLine = (line: fc.Arbitrary<string>): fc.Arbitrary<FileLine> => line.map((text) => ({ text }));

interface GeneratedFile {
  header: boolean;
  encoding: "utf-8" | "windows-1252";
  lines: FileLine[];
  /** Where the byte stream is cut into chunks (fractions of its length). */
  cuts: number[];
}

function fileOf(first: fc.Arbitrary<FileLine>, rest: fc.Arbitrary<FileLine>): fc.Arbitrary<GeneratedFile> {
  return fc.record({
    header: fc.boolean(),
    encoding: fc.constantFrom("utf-8" as const, "windows-1252" as const),
    lines: fc.tuple(first, fc.array(rest, { maxLength: 25 })).map(([head, tail]) => [head, ...tail]),
    cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }),
  });
}

function bytesOf(file: GeneratedFile): Uint8Array {
  const encode = (text: string) => (file.encoding === "utf-8" ? new TextEncoder().encode(text) : encodeWindows1252(text));
  const parts = [...(file.header ? [{ text: HEADER }] : []), ...file.lines].map((line) =>
    "bytes" in line ? line.bytes : encode("text" in line ? line.text : line.blank),
  );
  const newline = Uint8Array.of(0x0a);
  return Buffer.concat(parts.flatMap((part) => [part, newline]));
}

async function* chunks(bytes: Uint8Array, cuts: number[]): AsyncGenerator<Uint8Array> {
  const points = [...new Set(cuts.map((cut) => Math.floor(cut * bytes.length)))].sort((a, b) => a - b);
  let from = 0;
  for (const point of [...points, bytes.length]) {
    if (point > from) yield bytes.subarray(from, point);
    from = Math.max(from, point);
  }
}

const dataLines = (file: GeneratedFile) => file.lines.filter((line) => !("blank" in line)).length;

/** Every data line accounted for exactly once, and rejected line numbers in range and distinct. */
function expectCountsAddUp(report: ImportReport, file: GeneratedFile) {
  expect(report.lines).toBe(dataLines(file));
  const accepted =
    report.kind === "establishments"
      ? report.created + report.updated + report.unchanged + report.geolocated + report.geolocationUnchanged
      : report.created + report.updated + report.unchanged;
  expect(accepted + report.rejected.length).toBe(report.lines);
  const numbers = report.rejected.map((r) => r.line);
  expect(new Set(numbers).size).toBe(numbers.length);
  const lastLine = file.lines.length + (file.header ? 1 : 0);
  for (const { line, reason } of report.rejected) {
    expect(line).toBeGreaterThanOrEqual(1);
    expect(line).toBeLessThanOrEqual(lastLine);
    expect(reason).toMatch(/[a-zéèêàç]{3,}/i);
  }
}

/** Imports the file: its report, or the French refusal of a file that is no extract; any other error fails the run. */
async function importFile(file: GeneratedFile): Promise<ImportReport | DomainError> {
  try {
    return await importFinessFile(process.env.DATABASE_URL!, chunks(bytesOf(file), file.cuts), { progressEvery: 7 });
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw new Error(`L'import a levé ${String(error)}`, { cause: error });
  }
}

// A few FINESS numbers met again and again, so that runs update and find unchanged what earlier runs created.
const POOL = fc.sample(finessNumber, { seed: FUZZ_SEED, numRuns: 6 });
const pooled = fc.oneof(fc.constantFrom(...POOL), finessNumber);

/** The referential alone: no establishment or legal entity yet. */
async function blankReferential() {
  await resetDatabase();
  await seedReferential(db());
}

beforeAll(blankReferential);

describe("importing generated establishments extracts", () => {
  it("never throws, and accounts for every data line once", async () => {
    const line = fc.oneof(
      { arbitrary: textLine(establishmentLine(pooled).map(lineText)), weight: 4 },
      { arbitrary: textLine(geolocationLine(pooled).map(lineText)), weight: 3 },
      { arbitrary: textLine(brokenLine(establishmentLine(pooled)).map(lineText)), weight: 2 },
      { arbitrary: textLine(brokenLine(geolocationLine(pooled)).map(lineText)), weight: 2 },
      textLine(damagedLine(establishmentLine(pooled)).map(lineText)),
      textLine(rejectedLine("structureet")),
      textLine(legalEntityLine().map(lineText)),
      bytesLine,
      blankLine,
    );
    await fc.assert(
      fc.asyncProperty(fileOf(textLine(establishmentLine(pooled).map(lineText)), line), async (file) => {
        const report = await importFile(file);
        if (report instanceof DomainError) throw report;
        expect(report.kind).toBe("establishments");
        expectCountsAddUp(report, file);
      }),
      options,
    );
  });
});

describe("importing generated legal-entities extracts", () => {
  it("never throws, and accounts for every data line once", async () => {
    const line = fc.oneof(
      { arbitrary: textLine(legalEntityLine(pooled).map(lineText)), weight: 4 },
      { arbitrary: textLine(brokenLine(legalEntityLine(pooled)).map(lineText)), weight: 3 },
      textLine(damagedLine(legalEntityLine(pooled)).map(lineText)),
      textLine(rejectedLine("structureej")),
      textLine(establishmentLine().map(lineText)),
      bytesLine,
      blankLine,
    );
    await fc.assert(
      fc.asyncProperty(fileOf(textLine(legalEntityLine(pooled).map(lineText)), line), async (file) => {
        const report = await importFile(file);
        if (report instanceof DomainError) throw report;
        expect(report.kind).toBe("legal-entities");
        expectCountsAddUp(report, file);
      }),
      options,
    );
  });
});

describe("a file whose lines are all rejected", () => {
  // No establishment yet: a geolocalisation line can only be rejected.
  beforeAll(blankReferential);

  // Recognised as an extract by its first line, yet no line can be accepted.
  const firstRejected = (section: "structureet" | "structureej") =>
    textLine(rejectedLine(section).filter((text) => text.startsWith(`${section};`)));

  it.each([
    ["establishments", "structureet" as const],
    ["legal-entities", "structureej" as const],
  ])("changes no row (%s extract)", async (_, section) => {
    const line = fc.oneof(
      textLine(rejectedLine(section)),
      // Positions of establishments the referential does not hold: rejected too.
      ...(section === "structureet" ? [textLine(geolocationLine().map(lineText))] : []),
      bytesLine,
      blankLine,
    );
    await fc.assert(
      fc.asyncProperty(fileOf(firstRejected(section), line), async (file) => {
        const before = await tableSnapshot();
        const report = await importFile(file);
        if (report instanceof DomainError) throw report;
        expectCountsAddUp(report, file);
        expect(report.rejected).toHaveLength(report.lines);
        expect(changedTables(before, await tableSnapshot())).toEqual([]);
      }),
      options,
    );
  });
});

describe("any bytes at all", () => {
  it("give a report whose counts add up, or the French refusal of a file that is no extract, changing nothing then", async () => {
    await fc.assert(
      fc.asyncProperty(fileOf(fc.oneof(bytesLine, blankLine), fc.oneof(bytesLine, blankLine, textLine(rejectedLine("structureet")))), async (file) => {
        const before = await tableSnapshot();
        const report = await importFile(file);
        if (report instanceof DomainError) {
          expect(report.code).toMatch(/^(EXTRACT_EMPTY|EXTRACT_UNRECOGNISED)$/);
          expect(changedTables(before, await tableSnapshot())).toEqual([]);
        } else {
          expectCountsAddUp(report, file);
        }
      }),
      options,
    );
  });
});
