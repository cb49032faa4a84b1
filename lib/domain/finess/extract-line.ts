/** One data line of a FINESS extract: a typed record of its section, or the reason it is rejected (in French). */
import { type EstablishmentRecord, parseEstablishmentFields } from "./establishment-line";
import { splitExtractLine, type LineResult } from "./extract-fields";
import { EXTRACT_SECTIONS, type ExtractKind } from "./extract-header";
import { type GeolocationRecord, parseGeolocationFields } from "./geolocation-line";
import { type LegalEntityRecord, parseLegalEntityFields } from "./legal-entity-line";

type Rejection = { section: null; reason: string };

export type EstablishmentsExtractLine =
  | { section: "structureet"; record: EstablishmentRecord }
  | { section: "geolocalisation"; record: GeolocationRecord }
  | Rejection;

export type LegalEntitiesExtractLine = { section: "structureej"; record: LegalEntityRecord } | Rejection;

export function parseExtractLine(kind: "establishments", line: string): EstablishmentsExtractLine;
export function parseExtractLine(kind: "legal-entities", line: string): LegalEntitiesExtractLine;
export function parseExtractLine(kind: ExtractKind, line: string): EstablishmentsExtractLine | LegalEntitiesExtractLine {
  // A damaged file may carry NUL bytes, which the referential (PostgreSQL text) cannot store: the line is refused.
  if (line.includes("\u0000") || !line.isWellFormed()) {
    return { section: null, reason: "Caractère invalide dans la ligne (caractère nul ou octets abîmés) : ligne ignorée." };
  }
  const fields = splitExtractLine(line);
  if (!fields) return { section: null, reason: "Guillemets mal formés : un champ entre guillemets n'est pas refermé avant le « ; »." };
  const section = fields[0];
  const expected = EXTRACT_SECTIONS[kind];
  if (!expected.includes(section)) {
    return { section: null, reason: `Type de ligne « ${section.slice(0, 40)} » inattendu : ${expected.join(" ou ")} attendu.` };
  }
  if (section === "structureet") return tagged("structureet", parseEstablishmentFields(fields));
  if (section === "geolocalisation") return tagged("geolocalisation", parseGeolocationFields(fields));
  return tagged("structureej", parseLegalEntityFields(fields));
}

function tagged<S extends "structureet" | "geolocalisation" | "structureej", T>(
  section: S,
  result: LineResult<T>,
): { section: S; record: T } | Rejection {
  return result.ok ? { section, record: result.record } : { section: null, reason: result.reason };
}
