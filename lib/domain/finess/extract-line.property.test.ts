import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  anyOneLineText,
  brokenLine,
  encodeLine,
  establishmentLine,
  finessNumber,
  geolocationLine,
  legalEntityLine,
  lineText,
  rejectedLine,
} from "@/tests/support/finess-lines";
import { DEPARTEMENTS } from "../referential/regions";
import { splitExtractLine } from "./extract-fields";
import { parseExtractLine, type EstablishmentsExtractLine, type LegalEntitiesExtractLine } from "./extract-line";
import type { ExtractKind } from "./extract-header";
import { isValidFiness } from "./finess-number";

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_123);
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const options = { seed: SEED, numRuns: RUNS };

const DEPARTEMENT_CODES = new Set(DEPARTEMENTS.map((d) => d.code));
const KINDS: ExtractKind[] = ["establishments", "legal-entities"];

/** Text PostgreSQL can store: no NUL character, no lone surrogate. */
const storable = (value: unknown) => typeof value !== "string" || (!value.includes("\u0000") && value.isWellFormed());

/** What any record the parsers return must satisfy, whatever the line: the importer writes it as it is. */
function expectSoundRecord(parsed: EstablishmentsExtractLine | LegalEntitiesExtractLine) {
  if (parsed.section === null) {
    expect(parsed.reason).toMatch(/[a-zéèêàç]{3,}/i);
    return;
  }
  const record = parsed.record as unknown as Record<string, unknown>;
  for (const value of Object.values(record)) expect(storable(value), JSON.stringify(value)).toBe(true);
  expect(isValidFiness(record.finess as string)).toBe(true);
  if (parsed.section === "structureet") {
    const et = parsed.record;
    expect(isValidFiness(et.legalEntityFiness)).toBe(true);
    expect(et.name).toBe(et.name.trim());
    expect(et.name).not.toBe("");
    expect(et.categoryCode).toMatch(/^\d{3}$/);
    expect(et.categoryLabel).not.toBe("");
    expect(DEPARTEMENT_CODES.has(et.departementCode)).toBe(true);
    expect(et.siret === null || /^\d{14}$/.test(et.siret)).toBe(true);
    expect(et.finessUpdatedOn === null || /^\d{4}-\d{2}-\d{2}$/.test(et.finessUpdatedOn)).toBe(true);
  } else if (parsed.section === "geolocalisation") {
    const { coordX, coordY } = parsed.record;
    expect(coordX === null || Number.isFinite(coordX)).toBe(true);
    expect(coordY === null || Number.isFinite(coordY)).toBe(true);
    expect(coordX === null).toBe(coordY === null);
  } else {
    const ej = parsed.record;
    expect(ej.name).not.toBe("");
    expect(ej.statusCode === null || /^\d{2}$/.test(ej.statusCode)).toBe(true);
    expect(ej.departementCode === null || DEPARTEMENT_CODES.has(ej.departementCode)).toBe(true);
  }
}

describe("splitExtractLine, on any line", () => {
  it("never throws, and splits a line without quotes exactly on ;", () => {
    fc.assert(
      fc.property(anyOneLineText, (line) => {
        const fields = splitExtractLine(line);
        if (!line.includes('"')) expect(fields).toEqual(line.split(";"));
        else expect(fields === null || fields.length >= 1).toBe(true);
      }),
      options,
    );
  });

  it("reads back any fields written with the extract's quoting", () => {
    fc.assert(
      fc.property(fc.array(anyOneLineText, { minLength: 1, maxLength: 8 }), fc.boolean(), (fields, quoteAll) => {
        expect(splitExtractLine(encodeLine(fields, quoteAll))).toEqual(fields);
      }),
      options,
    );
  });
});

describe("parseExtractLine, on any line", () => {
  const sectionPrefixed = fc
    .tuple(fc.constantFrom("structureet", "geolocalisation", "structureej"), fc.array(anyOneLineText, { maxLength: 35 }))
    .map(([section, fields]) => [section, ...fields].join(";"));
  const windows1252 = fc.uint8Array({ maxLength: 200 }).map((bytes) => new TextDecoder("windows-1252").decode(bytes).replace(/[\r\n]/g, " "));

  it("never throws: a record that is sound, or a rejection with its reason in French", () => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), fc.oneof(anyOneLineText, sectionPrefixed, windows1252), (kind, line) => {
        expectSoundRecord(parseExtractLine(kind as "establishments", line));
      }),
      options,
    );
  });

  it("accepts every valid line, quoted or not, with or without the final ;", () => {
    fc.assert(
      fc.property(establishmentLine(), geolocationLine(), legalEntityLine(), (et, geo, ej) => {
        expect(parseExtractLine("establishments", lineText(et))).toMatchObject({
          section: "structureet",
          record: { finess: et.fields[1], legalEntityFiness: et.fields[2], shortName: et.fields[3], categoryCode: et.fields[18] },
        });
        expect(parseExtractLine("establishments", lineText(geo))).toMatchObject({ section: "geolocalisation", record: { finess: geo.fields[1] } });
        expect(parseExtractLine("legal-entities", lineText(ej))).toMatchObject({ section: "structureej", record: { finess: ej.fields[1] } });
      }),
      options,
    );
  });

  it("never throws on a valid line with a field broken, removed or added, and keeps its records sound", () => {
    fc.assert(
      fc.property(fc.oneof(brokenLine(establishmentLine()), brokenLine(geolocationLine()), brokenLine(legalEntityLine())), (line) => {
        for (const kind of KINDS) expectSoundRecord(parseExtractLine(kind as "establishments", lineText(line)));
      }),
      options,
    );
  });

  it("reads coordinates of any number of digits as finite numbers, or rejects the line", () => {
    const digits = fc.oneof(
      fc.stringMatching(/^-?\d{1,12}(\.\d{1,6})?$/),
      // Past 308 digits, a number no longer fits a double.
      fc.tuple(fc.constantFrom("", "-"), fc.integer({ min: 1, max: 400 }), fc.constantFrom("", ".5")).map(([sign, n, decimals]) => `${sign}${"7".repeat(n)}${decimals}`),
    );
    fc.assert(
      fc.property(finessNumber, digits, digits, (finess, x, y) => {
        expectSoundRecord(parseExtractLine("establishments", `geolocalisation;${finess};${x};${y};L93;2025-09-04`));
      }),
      options,
    );
  });

  it("rejects, with a reason, every line that cannot be accepted", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          rejectedLine("structureet").map((line) => ["establishments", line] as const),
          rejectedLine("geolocalisation").map((line) => ["establishments", line] as const),
          rejectedLine("structureej").map((line) => ["legal-entities", line] as const),
        ),
        ([kind, line]) => {
          const parsed = parseExtractLine(kind as "establishments", line);
          expect(parsed.section).toBeNull();
          expectSoundRecord(parsed);
        },
      ),
      options,
    );
  });
});
