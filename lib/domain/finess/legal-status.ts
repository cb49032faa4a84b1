/** Public/private status of a legal entity from its statutjuridique code (national nomenclature TRE_R400). */
export type LegalSector = "PUBLIC" | "PRIVATE_NON_PROFIT" | "PRIVATE_COMMERCIAL" | "FOREIGN" | "UNKNOWN";

const COMMERCIAL_OUTSIDE_RANGE = new Set([85, 86, 87, 88, 91, 93, 95]);

export function legalSector(statusCode: string | null | undefined): LegalSector {
  if (!statusCode || !/^\d{1,2}$/.test(statusCode.trim())) return "UNKNOWN";
  const code = Number(statusCode);
  if (code >= 1 && code <= 30) return "PUBLIC";
  if ((code >= 40 && code <= 66) || code === 89) return "PRIVATE_NON_PROFIT";
  // "≥ 70 is commercial" is wrong: 89 is non-profit and 90 foreign.
  if ((code >= 70 && code <= 80) || COMMERCIAL_OUTSIDE_RANGE.has(code)) return "PRIVATE_COMMERCIAL";
  if (code === 90) return "FOREIGN";
  return "UNKNOWN";
}
