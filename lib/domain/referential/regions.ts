/** The 18 ARS and the départements they cover (INSEE codes), with the codes FINESS uses overseas. */
export interface RegionRef {
  code: string;
  name: string;
  /**
   * The mailbox the seed gives a new database; from then on the Region row's, which the national admin edits
   * (/admin/boites-ars), is the one the help page, the refusal page and the digest use.
   */
  seedMailbox: string;
}

export interface DepartementRef {
  code: string;
  finessCode: string | null;
  name: string;
  regionCode: string | null;
}

// The guide lists the 13 metropolitan mailboxes; overseas ARS start with their generic alert mailbox, which the
// national admin replaces once they name one.
export const REGIONS: readonly RegionRef[] = [
  { code: "01", name: "Guadeloupe", seedMailbox: "ars971-alerte@ars.sante.fr" },
  { code: "02", name: "Martinique", seedMailbox: "ars972-alerte@ars.sante.fr" },
  { code: "03", name: "Guyane", seedMailbox: "ars973-alerte@ars.sante.fr" },
  { code: "04", name: "La Réunion", seedMailbox: "ars974-alerte@ars.sante.fr" },
  { code: "06", name: "Mayotte", seedMailbox: "ars976-alerte@ars.sante.fr" },
  { code: "11", name: "Île-de-France", seedMailbox: "ars-IDF-distrilog-sante@ars.sante.fr" },
  { code: "24", name: "Centre-Val de Loire", seedMailbox: "ARS-CVL-distrilog-sante@ars.sante.fr" },
  { code: "27", name: "Bourgogne-Franche-Comté", seedMailbox: "ARS-BFC-CRISE@ars.sante.fr" },
  { code: "28", name: "Normandie", seedMailbox: "ars-normandie-distrilog-sante@ars.sante.fr" },
  { code: "32", name: "Hauts-de-France", seedMailbox: "ars-HDF-distrilog-sante@ars.sante.fr" },
  { code: "44", name: "Grand Est", seedMailbox: "ars-ges-distrilog-sante@ars.sante.fr" },
  { code: "52", name: "Pays de la Loire", seedMailbox: "ARS-PDL-distrilog-sante@ars.sante.fr" },
  { code: "53", name: "Bretagne", seedMailbox: "ars-bretagne-distrilog-sante@ars.sante.fr" },
  { code: "75", name: "Nouvelle-Aquitaine", seedMailbox: "ars-NAQ-distrilog-sante@ars.sante.fr" },
  { code: "76", name: "Occitanie", seedMailbox: "ARS-OC-distrilog-sante@ars.sante.fr" },
  { code: "84", name: "Auvergne-Rhône-Alpes", seedMailbox: "ARS-ARA-distrilog-sante@ars.sante.fr" },
  { code: "93", name: "Provence-Alpes-Côte d'Azur", seedMailbox: "ARS-PACA-distrilog-sante@ars.sante.fr" },
  { code: "94", name: "Corse", seedMailbox: "ARS-corse-distrilog-sante@ars.sante.fr" },
];

const METROPOLITAN: ReadonlyArray<[code: string, name: string, region: string]> = [
  ["01", "Ain", "84"], ["02", "Aisne", "32"], ["03", "Allier", "84"], ["04", "Alpes-de-Haute-Provence", "93"],
  ["05", "Hautes-Alpes", "93"], ["06", "Alpes-Maritimes", "93"], ["07", "Ardèche", "84"], ["08", "Ardennes", "44"],
  ["09", "Ariège", "76"], ["10", "Aube", "44"], ["11", "Aude", "76"], ["12", "Aveyron", "76"],
  ["13", "Bouches-du-Rhône", "93"], ["14", "Calvados", "28"], ["15", "Cantal", "84"], ["16", "Charente", "75"],
  ["17", "Charente-Maritime", "75"], ["18", "Cher", "24"], ["19", "Corrèze", "75"], ["2A", "Corse-du-Sud", "94"],
  ["2B", "Haute-Corse", "94"], ["21", "Côte-d'Or", "27"], ["22", "Côtes-d'Armor", "53"], ["23", "Creuse", "75"],
  ["24", "Dordogne", "75"], ["25", "Doubs", "27"], ["26", "Drôme", "84"], ["27", "Eure", "28"],
  ["28", "Eure-et-Loir", "24"], ["29", "Finistère", "53"], ["30", "Gard", "76"], ["31", "Haute-Garonne", "76"],
  ["32", "Gers", "76"], ["33", "Gironde", "75"], ["34", "Hérault", "76"], ["35", "Ille-et-Vilaine", "53"],
  ["36", "Indre", "24"], ["37", "Indre-et-Loire", "24"], ["38", "Isère", "84"], ["39", "Jura", "27"],
  ["40", "Landes", "75"], ["41", "Loir-et-Cher", "24"], ["42", "Loire", "84"], ["43", "Haute-Loire", "84"],
  ["44", "Loire-Atlantique", "52"], ["45", "Loiret", "24"], ["46", "Lot", "76"], ["47", "Lot-et-Garonne", "75"],
  ["48", "Lozère", "76"], ["49", "Maine-et-Loire", "52"], ["50", "Manche", "28"], ["51", "Marne", "44"],
  ["52", "Haute-Marne", "44"], ["53", "Mayenne", "52"], ["54", "Meurthe-et-Moselle", "44"], ["55", "Meuse", "44"],
  ["56", "Morbihan", "53"], ["57", "Moselle", "44"], ["58", "Nièvre", "27"], ["59", "Nord", "32"],
  ["60", "Oise", "32"], ["61", "Orne", "28"], ["62", "Pas-de-Calais", "32"], ["63", "Puy-de-Dôme", "84"],
  ["64", "Pyrénées-Atlantiques", "75"], ["65", "Hautes-Pyrénées", "76"], ["66", "Pyrénées-Orientales", "76"],
  ["67", "Bas-Rhin", "44"], ["68", "Haut-Rhin", "44"], ["69", "Rhône", "84"], ["70", "Haute-Saône", "27"],
  ["71", "Saône-et-Loire", "27"], ["72", "Sarthe", "52"], ["73", "Savoie", "84"], ["74", "Haute-Savoie", "84"],
  ["75", "Paris", "11"], ["76", "Seine-Maritime", "28"], ["77", "Seine-et-Marne", "11"], ["78", "Yvelines", "11"],
  ["79", "Deux-Sèvres", "75"], ["80", "Somme", "32"], ["81", "Tarn", "76"], ["82", "Tarn-et-Garonne", "76"],
  ["83", "Var", "93"], ["84", "Vaucluse", "93"], ["85", "Vendée", "52"], ["86", "Vienne", "75"],
  ["87", "Haute-Vienne", "75"], ["88", "Vosges", "44"], ["89", "Yonne", "27"], ["90", "Territoire de Belfort", "27"],
  ["91", "Essonne", "11"], ["92", "Hauts-de-Seine", "11"], ["93", "Seine-Saint-Denis", "11"],
  ["94", "Val-de-Marne", "11"], ["95", "Val-d'Oise", "11"],
];

// FINESS writes overseas départements with a letter: 9A Guadeloupe (with Saint-Martin and Saint-Barthélemy), …
// Saint-Barthélemy (977) and Saint-Martin (978) have INSEE codes of their own, which FINESS files under 9A: the ARS of
// Guadeloupe covers them. French Polynesia (987) and New Caledonia (988) run their own health services; FINESS carries
// no département code for them, but an address may.
const OVERSEAS: readonly DepartementRef[] = [
  { code: "971", finessCode: "9A", name: "Guadeloupe", regionCode: "01" },
  { code: "972", finessCode: "9B", name: "Martinique", regionCode: "02" },
  { code: "973", finessCode: "9C", name: "Guyane", regionCode: "03" },
  { code: "974", finessCode: "9D", name: "La Réunion", regionCode: "04" },
  { code: "975", finessCode: "9E", name: "Saint-Pierre-et-Miquelon", regionCode: null },
  { code: "976", finessCode: "9F", name: "Mayotte", regionCode: "06" },
  { code: "977", finessCode: null, name: "Saint-Barthélemy", regionCode: "01" },
  { code: "978", finessCode: null, name: "Saint-Martin", regionCode: "01" },
  { code: "986", finessCode: "9J", name: "Wallis-et-Futuna", regionCode: null },
  { code: "987", finessCode: null, name: "Polynésie française", regionCode: null },
  { code: "988", finessCode: null, name: "Nouvelle-Calédonie", regionCode: null },
];

export const DEPARTEMENTS: readonly DepartementRef[] = [
  ...METROPOLITAN.map(([code, name, regionCode]) => ({ code, finessCode: code, name, regionCode })),
  ...OVERSEAS,
];

/** The départements FINESS files write a code for ("01", "2A", "9A"). */
export const FINESS_DEPARTEMENTS = DEPARTEMENTS.filter((d): d is DepartementRef & { finessCode: string } => d.finessCode !== null);

const BY_CODE = new Map(DEPARTEMENTS.map((d) => [d.code, d]));
const BY_FINESS_CODE = new Map(FINESS_DEPARTEMENTS.map((d) => [d.finessCode, d]));

/** The département of a FINESS file's `departement` field ("01", "2A", "9A"), or undefined. */
export function departementFromFinessCode(finessCode: string): DepartementRef | undefined {
  return BY_FINESS_CODE.get(finessCode.trim().toUpperCase());
}

/** The département of an INSEE commune code: 3 characters overseas ("97411" → 974), 2 elsewhere ("2A004" → 2A). */
export function departementOfCommune(communeCode: string): DepartementRef | undefined {
  const code = communeCode.trim().toUpperCase();
  if (!/^(\d{5}|2[AB]\d{3})$/.test(code)) return undefined;
  return BY_CODE.get(code.startsWith("97") || code.startsWith("98") ? code.slice(0, 3) : code.slice(0, 2));
}

/**
 * The INSEE commune code of a FINESS extract line, from its `departement` and 3-digit `commune` fields: "01" + "451"
 * → "01451", "2A" + "004" → "2A004"; overseas the commune carries the département's last digit: "9D" + "416" → "97416".
 */
export function communeCodeOfFinessFields(departementField: string, communeField: string): string | null {
  const departement = departementFromFinessCode(departementField);
  const commune = communeField.trim();
  if (!departement || !/^\d{3}$/.test(commune)) return null;
  if (departement.code.length === 2) return departement.code + commune;
  // Overseas: "9A" + "127" is Saint-Martin's former code 97127, still how FINESS writes it.
  return departement.code.slice(0, 2) + commune;
}

/** The ARS of a département (INSEE code), or undefined where none of the 18 covers it. */
export function regionOfDepartement(departementCode: string | null | undefined): RegionRef | undefined {
  const regionCode = departementCode ? BY_CODE.get(departementCode)?.regionCode : null;
  return regionCode ? REGIONS.find((r) => r.code === regionCode) : undefined;
}

/** The territories none of the 18 ARS covers, named for the reports that must say where such establishments went. */
const TERRITORIES_WITHOUT_ARS = DEPARTEMENTS.filter((d) => d.regionCode === null);
export const WITHOUT_ARS_LABEL = `Hors des 18 ARS (${TERRITORIES_WITHOUT_ARS.map((d) => d.name).join(", ")})`;

/** Who answers for a territory none of the 18 ARS covers: its own health authority. */
const LOCAL_HEALTH_AUTHORITIES: Record<string, string> = {
  "975": "l'Administration territoriale de santé de Saint-Pierre-et-Miquelon",
  "986": "l'Agence de santé du territoire des îles Wallis et Futuna",
  "987": "la Direction de la santé de la Polynésie française",
  "988": "la Direction des affaires sanitaires et sociales de la Nouvelle-Calédonie",
};

/** Where an establishment's regional questions go: its ARS, or — outside the 18 — its territory's health authority. */
export type RegionalContact =
  | { kind: "ars"; region: RegionRef }
  | { kind: "no-ars"; territory: string; authority: string };

/** Undefined when the département is unknown (an establishment not in the referential). */
export function regionalContact(departementCode: string | null | undefined): RegionalContact | undefined {
  const departement = departementCode ? BY_CODE.get(departementCode) : undefined;
  if (!departement) return undefined;
  const region = regionOfDepartement(departement.code);
  if (region) return { kind: "ars", region };
  return { kind: "no-ars", territory: departement.name, authority: LOCAL_HEALTH_AUTHORITIES[departement.code] };
}
