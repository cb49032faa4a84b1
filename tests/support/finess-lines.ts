/**
 * fast-check arbitraries for lines of the FINESS public extracts: valid lines of each section (fields possibly
 * quoted), the same lines with a field broken, and lines that are no extract line at all. Shared by the pure property
 * tests of the line parsers and the fuzz test of the importer.
 */
import fc from "fast-check";
import { withFinessKey } from "@/lib/domain/finess/finess-number";
import { FINESS_DEPARTEMENTS } from "@/lib/domain/referential/regions";

/** A valid FINESS number (Luhn key), Corsican and overseas prefixes included. */
export const finessNumber: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...FINESS_DEPARTEMENTS.map((d) => d.finessCode)), fc.stringMatching(/^\d{6}$/))
  .map(([prefix, digits]) => withFinessKey(`${prefix}${digits}`));

/** Characters an extract really holds (all of them in Windows-1252), the separator and the quote included. */
const TEXT_CHARACTERS = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 -'.,()/;\"ÉÈÊÀÂÇÎÏÔÛÙŒœéèêàâçîïôûù°€’"];

/** A non-blank text field as the extract writes it: trimmed, on one line. */
export const textField: fc.Arbitrary<string> = fc
  .string({ unit: fc.constantFrom(...TEXT_CHARACTERS), minLength: 1, maxLength: 40 })
  .map((s) => s.trim())
  .filter((s) => s.length > 0);

/** Any text on one line: every code point but line breaks. */
export const anyOneLineText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.string({ unit: "binary-ascii", maxLength: 60 }),
  fc.constantFrom("", " ", '"', '""', '"a', 'a"', '";"', ";", ";;", "\u0000", "a\u0000b", "9".repeat(400), "-0", "1e5", "٣", "2A", "9Z", "20"),
).map((s) => s.replace(/[\r\n]/g, " "));

/** Quotes a field when it must be (a `;` or a `"` inside), and sometimes when it need not. */
export function quoteField(value: string, always = false): string {
  return always || /[;"]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The section name stays bare, as in every extract: the importer recognises a file by it. */
export function encodeLine(fields: readonly string[], quoteAll = false): string {
  return fields.map((field, i) => quoteField(field, quoteAll && i > 0)).join(";");
}

/** A line's fields, and whether to write them all quoted and with the trailing `;` of recent extracts. */
export interface GeneratedLine {
  fields: string[];
  quoteAll: boolean;
  trailingSeparator: boolean;
}

export const lineText = ({ fields, quoteAll, trailingSeparator }: GeneratedLine) =>
  encodeLine(trailingSeparator ? [...fields, ""] : fields, quoteAll);

const layout = fc.record({ quoteAll: fc.boolean(), trailingSeparator: fc.boolean() });
const optionalText = fc.option(textField, { nil: "" });

/** A valid `structureet` line (31 fields). */
export const establishmentLine = (finess: fc.Arbitrary<string> = finessNumber): fc.Arbitrary<GeneratedLine> =>
  fc
    .record({
      et: finess,
      ej: finessNumber,
      rs: textField,
      rslongue: optionalText,
      voie: optionalText,
      ligneacheminement: optionalText,
      categetab: fc.stringMatching(/^\d{3}$/),
      libcategetab: textField,
      siret: fc.oneof(fc.stringMatching(/^\d{14}$/), fc.constant(""), textField),
      codesph: fc.constantFrom("", "1", "2", "3"),
      datemaj: fc.oneof(fc.constant("2026-05-12"), fc.constant(""), textField),
      layout,
    })
    .map((r) => ({
      fields: [
        "structureet", r.et, r.ej, r.rs, r.rslongue, "", "", "12", "R", r.voie, "", "", "123",
        r.et.slice(0, 2), "DÉPARTEMENT", r.ligneacheminement, "0400000000", "", r.categetab, r.libcategetab, "1102", "Agrégat",
        r.siret, "8610Z", "03", "Mode de fixation", r.codesph, "Service public", "1979-02-13", "1979-02-13", r.datemaj,
      ],
      ...r.layout,
    }));

/** A valid `geolocalisation` line (6 fields): coordinates, or both blank. */
export const geolocationLine = (finess: fc.Arbitrary<string> = finessNumber): fc.Arbitrary<GeneratedLine> =>
  fc
    .record({
      et: finess,
      xy: fc.oneof(
        fc.tuple(fc.double({ min: -1e7, max: 1e7, noNaN: true }), fc.double({ min: -1e7, max: 1e7, noNaN: true })).map(([x, y]) => [x.toFixed(1), y.toFixed(1)]),
        fc.constant(["", ""]),
      ),
      layout,
    })
    .map((r) => ({ fields: ["geolocalisation", r.et, r.xy[0], r.xy[1], "1,ATLASANTE,96,BAN,L93_METROPOLE", "2025-09-04"], ...r.layout }));

/** A valid `structureej` line (23 fields). */
export const legalEntityLine = (finess: fc.Arbitrary<string> = finessNumber): fc.Arbitrary<GeneratedLine> =>
  fc
    .record({
      ej: finess,
      rs: textField,
      rslongue: optionalText,
      departement: fc.oneof(fc.constantFrom(...FINESS_DEPARTEMENTS.map((d) => d.finessCode)), fc.constant("")),
      statut: fc.oneof(fc.stringMatching(/^\d{2}$/), fc.constant("")),
      libstatut: optionalText,
      layout,
    })
    .map((r) => ({
      fields: [
        "structureej", r.ej, r.rs, r.rslongue, "", "12", "R", "DES TILLEULS", "", "", "", "113", "63000 CLERMONT FERRAND",
        r.departement, "DÉPARTEMENT", "", r.statut, r.libstatut, "", "", "775566178", "8710A", "1985-09-01",
      ],
      ...r.layout,
    }));

/** A generated line with one field replaced by anything, a field removed, or a field added. */
export function brokenLine(line: fc.Arbitrary<GeneratedLine>): fc.Arbitrary<GeneratedLine> {
  return line.chain((generated) =>
    fc.oneof(
      fc.tuple(fc.nat({ max: generated.fields.length - 1 }), anyOneLineText).map(([at, value]) => ({
        ...generated,
        fields: generated.fields.map((field, i) => (i === at ? value : field)),
      })),
      fc.nat({ max: generated.fields.length - 1 }).map((at) => ({ ...generated, fields: generated.fields.filter((_, i) => i !== at) })),
      anyOneLineText.map((value) => ({ ...generated, fields: [...generated.fields, value, value] })),
    ),
  );
}

/** A valid line whose text a damaged file corrupted: a NUL byte or a replacement character inside one of its fields. */
export function damagedLine(line: fc.Arbitrary<GeneratedLine>): fc.Arbitrary<GeneratedLine> {
  return line.chain((generated) =>
    fc.tuple(fc.integer({ min: 1, max: generated.fields.length - 1 }), fc.nat(), fc.constantFrom("\u0000", "\ufffd", "\u0000\u0000")).map(([at, position, damage]) => ({
      ...generated,
      fields: generated.fields.map((field, i) => (i === at ? field.slice(0, position % (field.length + 1)) + damage + field.slice(position % (field.length + 1)) : field)),
    })),
  );
}

/** A line that can never be accepted: a wrong FINESS key, the wrong number of fields, an open quote, or no section. */
export function rejectedLine(section: "structureet" | "geolocalisation" | "structureej"): fc.Arbitrary<string> {
  const valid = section === "structureet" ? establishmentLine() : section === "geolocalisation" ? geolocationLine() : legalEntityLine();
  return fc.oneof(
    // The key digit changed: never a valid FINESS number.
    valid.map((line) => {
      const finess = line.fields[1];
      const wrongKey = `${finess.slice(0, 8)}${(Number(finess[8]) + 1) % 10}`;
      return lineText({ ...line, fields: line.fields.map((field, i) => (i === 1 ? wrongKey : field)) });
    }),
    valid.chain((line) => fc.integer({ min: 2, max: line.fields.length - 2 }).map((n) => encodeLine(line.fields.slice(0, n)))),
    valid.map((line) => `${encodeLine(line.fields.slice(0, 3))};"${line.fields[3]};x`),
    anyOneLineText.filter((text) => text.trim() !== "").map((text) => `${section}-x;${text}`),
  );
}
