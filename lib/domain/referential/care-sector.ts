/**
 * Sanitaire or médico-social, from the FINESS category (categetab). The circular asks ARS to watch the medico-social
 * sector first; FINESS files each category under « Établissements relevant de la loi hospitalière » (sanitaire) or
 * « Établissements et services sociaux et médico-sociaux ». Codes of the official nomenclature, the guide's 63 eligible
 * ones included; a code in neither list (a pharmacy, a group holding both kinds of authorisation) is « autre ».
 */
export const CARE_SECTORS = ["MEDICO_SOCIAL", "SANITAIRE", "AUTRE"] as const;
export type CareSector = (typeof CARE_SECTORS)[number];

export const CARE_SECTOR_LABELS: Record<CareSector, string> = {
  MEDICO_SOCIAL: "Médico-social",
  SANITAIRE: "Sanitaire",
  AUTRE: "Autre",
};

// Loi hospitalière: hospitals, clinics, dialysis, HAD, psychiatry (CMP, CATTP, postcure, appartements thérapeutiques),
// prison health units, and the health-cooperation groups.
const SANITAIRE = new Set([
  "101", "106", "109", "114", "122", "127", "128", "129", "131", "141", "146", "156", "161", "292", "355", "362",
  "365", "412", "415", "425", "430", "433", "444", "696", "697", "698",
]);

// Social and medico-social: disabled children and adults, elderly people (EHPAD, résidences autonomie), home-care
// nursing (SSIAD), addiction care (CSAPA, CAARUD), LHSS and LAM.
const MEDICO_SOCIAL = new Set([
  "178", "180", "182", "183", "186", "188", "189", "190", "192", "194", "195", "196", "197", "198", "202", "207", "209",
  "213", "238", "246", "249", "252", "253", "255", "354", "370", "377", "379", "381", "382", "390", "395", "396", "402",
  "437", "445", "446", "448", "449", "460", "461", "462", "500", "501", "502",
]);

export function careSectorOf(categoryCode: string): CareSector {
  if (MEDICO_SOCIAL.has(categoryCode)) return "MEDICO_SOCIAL";
  if (SANITAIRE.has(categoryCode)) return "SANITAIRE";
  return "AUTRE";
}

export function isCareSector(value: string | null | undefined): value is CareSector {
  return (CARE_SECTORS as readonly string[]).includes(value ?? "");
}
