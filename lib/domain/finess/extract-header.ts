/** The first line of a FINESS public extract, and which extract a data line belongs to. */
export interface ExtractHeader {
  version: string;
  /** Extraction date, YYYY-MM-DD. */
  date: string;
}

/** establishments: etalab-cs1100507 (structureet + geolocalisation); legal-entities: etalab-cs1100501 (structureej). */
export type ExtractKind = "establishments" | "legal-entities";

const HEADER = /^finess;etalab;([^;]+);(\d{4}-\d{2}-\d{2});?$/;

/** Line 1 is a comment, `finess;etalab;<version>;<YYYY-MM-DD>`, not a header row; null for any other line. */
export function parseExtractHeader(line: string): ExtractHeader | null {
  const match = HEADER.exec(line.trim());
  return match ? { version: match[1], date: match[2] } : null;
}

const KIND_OF_SECTION = new Map<string, ExtractKind>([
  ["structureet", "establishments"],
  ["geolocalisation", "establishments"],
  ["structureej", "legal-entities"],
]);

/** The extract a data line comes from, by its section prefix; null for a line of neither. */
export function extractKindOf(line: string): ExtractKind | null {
  const separator = line.indexOf(";");
  return separator < 0 ? null : (KIND_OF_SECTION.get(line.slice(0, separator)) ?? null);
}

/** The sections each extract may contain. */
export const EXTRACT_SECTIONS: Record<ExtractKind, readonly string[]> = {
  establishments: ["structureet", "geolocalisation"],
  "legal-entities": ["structureej"],
};
