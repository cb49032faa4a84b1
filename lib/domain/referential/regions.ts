/** The 18 ARS and the départements they cover (INSEE codes), with the codes FINESS uses overseas. */
export interface RegionRef {
  code: string;
  name: string;
  /** The ARS's Distrilog-santé mailbox. */
  mailbox: string;
}

export interface DepartementRef {
  code: string;
  finessCode: string;
  name: string;
  regionCode: string | null;
}

// The guide lists the 13 metropolitan mailboxes; overseas ARS use their generic alert mailbox until they name one.
export const REGIONS: readonly RegionRef[] = [
  { code: "01", name: "Guadeloupe", mailbox: "ars971-alerte@ars.sante.fr" },
  { code: "02", name: "Martinique", mailbox: "ars972-alerte@ars.sante.fr" },
  { code: "03", name: "Guyane", mailbox: "ars973-alerte@ars.sante.fr" },
  { code: "04", name: "La Réunion", mailbox: "ars974-alerte@ars.sante.fr" },
  { code: "06", name: "Mayotte", mailbox: "ars976-alerte@ars.sante.fr" },
  { code: "11", name: "Île-de-France", mailbox: "ars-IDF-distrilog-sante@ars.sante.fr" },
  { code: "24", name: "Centre-Val de Loire", mailbox: "ARS-CVL-distrilog-sante@ars.sante.fr" },
  { code: "27", name: "Bourgogne-Franche-Comté", mailbox: "ARS-BFC-CRISE@ars.sante.fr" },
  { code: "28", name: "Normandie", mailbox: "ars-normandie-distrilog-sante@ars.sante.fr" },
  { code: "32", name: "Hauts-de-France", mailbox: "ars-HDF-distrilog-sante@ars.sante.fr" },
  { code: "44", name: "Grand Est", mailbox: "ars-ges-distrilog-sante@ars.sante.fr" },
  { code: "52", name: "Pays de la Loire", mailbox: "ARS-PDL-distrilog-sante@ars.sante.fr" },
  { code: "53", name: "Bretagne", mailbox: "ars-bretagne-distrilog-sante@ars.sante.fr" },
  { code: "75", name: "Nouvelle-Aquitaine", mailbox: "ars-NAQ-distrilog-sante@ars.sante.fr" },
  { code: "76", name: "Occitanie", mailbox: "ARS-OC-distrilog-sante@ars.sante.fr" },
  { code: "84", name: "Auvergne-Rhône-Alpes", mailbox: "ARS-ARA-distrilog-sante@ars.sante.fr" },
  { code: "93", name: "Provence-Alpes-Côte d'Azur", mailbox: "ARS-PACA-distrilog-sante@ars.sante.fr" },
  { code: "94", name: "Corse", mailbox: "ARS-corse-distrilog-sante@ars.sante.fr" },
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
const OVERSEAS: readonly DepartementRef[] = [
  { code: "971", finessCode: "9A", name: "Guadeloupe", regionCode: "01" },
  { code: "972", finessCode: "9B", name: "Martinique", regionCode: "02" },
  { code: "973", finessCode: "9C", name: "Guyane", regionCode: "03" },
  { code: "974", finessCode: "9D", name: "La Réunion", regionCode: "04" },
  { code: "975", finessCode: "9E", name: "Saint-Pierre-et-Miquelon", regionCode: null },
  { code: "976", finessCode: "9F", name: "Mayotte", regionCode: "06" },
  { code: "986", finessCode: "9J", name: "Wallis-et-Futuna", regionCode: null },
];

export const DEPARTEMENTS: readonly DepartementRef[] = [
  ...METROPOLITAN.map(([code, name, regionCode]) => ({ code, finessCode: code, name, regionCode })),
  ...OVERSEAS,
];

const BY_FINESS_CODE = new Map(DEPARTEMENTS.map((d) => [d.finessCode, d]));

/** The département of a FINESS file's `departement` field ("01", "2A", "9A"), or undefined. */
export function departementFromFinessCode(finessCode: string): DepartementRef | undefined {
  return BY_FINESS_CODE.get(finessCode.trim().toUpperCase());
}


/** The ARS region of a FINESS number: its first two characters are the département. */
export function regionOfFiness(finess: string): RegionRef | undefined {
  const regionCode = departementFromFinessCode(finess.slice(0, 2))?.regionCode;
  return REGIONS.find((r) => r.code === regionCode);
}
