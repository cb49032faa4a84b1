/**
 * The mutual-aid scenario of the demo: three establishments of the Rhône, all counting their gloves. The EHPAD is short
 * (under 3 weeks), the hospital has plenty (about 28 weeks) and can lend, the clinic counted only once — its cover is
 * unknown, so it is never proposed as a lender, however large its stock. FINESS keys are valid; coordinates are
 * Lambert-93, as the FINESS geolocation gives them.
 */
export const MUTUAL_AID_FINESS = {
  ehpadEj: "690781232",
  ehpadEt: "690781240",
  hospitalEj: "690001235",
  hospitalEt: "690001243",
  clinicEj: "690781257",
  clinicEt: "690001250",
} as const;

const L93 = "1,ATLASANTE,96,BAN,L93_METROPOLE";

export const MUTUAL_AID_LEGAL_ENTITIES = [
  { finess: MUTUAL_AID_FINESS.ehpadEj, shortName: "ASSOCIATION LES GLYCINES", statusCode: "60", statusLabel: "Association Loi 1901 non Reconnue d'Utilité Publique" },
  { finess: MUTUAL_AID_FINESS.hospitalEj, shortName: "CENTRE HOSPITALIER DU BEAUJOLAIS", statusCode: "13", statusLabel: "Etablissement Public Communal d'Hospitalisation" },
  { finess: MUTUAL_AID_FINESS.clinicEj, shortName: "SAS CLINIQUE DES MONTS D'OR", statusCode: "95", statusLabel: "Société par Actions Simplifiée (S.A.S.)" },
];

export const MUTUAL_AID_ESTABLISHMENTS = [
  {
    finess: MUTUAL_AID_FINESS.ehpadEt,
    legalEntityFiness: MUTUAL_AID_FINESS.ehpadEj,
    shortName: "EHPAD LES GLYCINES",
    categoryCode: "500",
    departementCode: "69",
    communeCode: "69266",
    addressLine: "14 RUE DES GLYCINES",
    postalLine: "69100 VILLEURBANNE",
    phone: "0478000101",
    capacity: 90,
    salariedStaff: 70,
    coordX: 845500,
    coordY: 6521500,
    coordSystem: L93,
  },
  {
    finess: MUTUAL_AID_FINESS.hospitalEt,
    legalEntityFiness: MUTUAL_AID_FINESS.hospitalEj,
    shortName: "CH DU BEAUJOLAIS",
    categoryCode: "355",
    departementCode: "69",
    communeCode: "69264",
    addressLine: "PLATEAU D'OUILLY",
    postalLine: "69400 VILLEFRANCHE-SUR-SAONE",
    phone: "0474000202",
    capacity: 420,
    salariedStaff: 1100,
    coordX: 833000,
    coordY: 6545000,
    coordSystem: L93,
  },
  {
    finess: MUTUAL_AID_FINESS.clinicEt,
    legalEntityFiness: MUTUAL_AID_FINESS.clinicEj,
    shortName: "CLINIQUE DES MONTS D'OR",
    categoryCode: "365",
    departementCode: "69",
    communeCode: "69143",
    addressLine: "2 CHEMIN DES MONTS D'OR",
    postalLine: "69250 NEUVILLE-SUR-SAONE",
    phone: "0478000303",
    capacity: 150,
    salariedStaff: 300,
    coordX: 843500,
    coordY: 6534500,
    coordSystem: L93,
  },
];

/** Glove counts (product EPI-GNT-100), in units, this many days before the seed ran. */
export const MUTUAL_AID_STOCK_DECLARATIONS = [
  // 1 800 gloves used in two weeks, 1 200 left: under a week and a half of cover.
  { accountFiness: MUTUAL_AID_FINESS.ehpadEt, reference: "EPI-GNT-100", quantity: 3000, daysAgo: 15 },
  { accountFiness: MUTUAL_AID_FINESS.ehpadEt, reference: "EPI-GNT-100", quantity: 1200, daysAgo: 1 },
  // 1 000 a week, 28 000 left: it can lend 25 000 and keep three weeks.
  { accountFiness: MUTUAL_AID_FINESS.hospitalEt, reference: "EPI-GNT-100", quantity: 30000, daysAgo: 15 },
  { accountFiness: MUTUAL_AID_FINESS.hospitalEt, reference: "EPI-GNT-100", quantity: 28000, daysAgo: 1 },
  // One count only: no consumption known.
  { accountFiness: MUTUAL_AID_FINESS.clinicEt, reference: "EPI-GNT-100", quantity: 50000, daysAgo: 1 },
];
