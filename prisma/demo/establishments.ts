/**
 * Demo establishments: each one illustrates an access rule of the user guide, or a region — metropolitan, Corsica, an
 * overseas département (delivered directly by Santé publique France) and a territory none of the 18 ARS covers. FINESS
 * keys are valid; overseas numbers start with 97, as real ones do.
 */
export const DEMO_FINESS = {
  clinicEj: "690812334",
  clinicEt: "690812342",
  ehpadEj: "630004562",
  ehpadEt: "630789014",
  chuEj: "380780007",
  chuEtNord: "380000117",
  chuEtSud: "380000125",
  chMonoEj: "010785004",
  chMonoEt: "010005015",
  pharmacyEj: "750786204",
  pharmacyEt: "750056202",
  idfClinicEj: "920783008",
  idfClinicEt: "920003019",
  reunionClinicEj: "970499919",
  reunionClinicEt: "970499901",
  corsicaEhpadEj: "2A0009916",
  corsicaEhpadEt: "2A0009908",
  miquelonHospitalEj: "975009986",
  miquelonHospitalEt: "975009994",
} as const;

export interface DemoLegalEntity {
  finess: string;
  shortName: string;
  longName?: string;
  statusCode: string;
  statusLabel: string;
}

export interface DemoEstablishment {
  finess: string;
  legalEntityFiness: string;
  shortName: string;
  longName?: string;
  categoryCode: string;
  departementCode: string;
  communeCode?: string;
  addressLine: string;
  postalLine: string;
  capacity: number;
  salariedStaff: number;
}

export const DEMO_LEGAL_ENTITIES: DemoLegalEntity[] = [
  { finess: DEMO_FINESS.clinicEj, shortName: "SAS CLINIQUE DU PARC", statusCode: "95", statusLabel: "Société par Actions Simplifiée (S.A.S.)" },
  { finess: DEMO_FINESS.ehpadEj, shortName: "ASSOCIATION LES TILLEULS", statusCode: "60", statusLabel: "Association Loi 1901 non Reconnue d'Utilité Publique" },
  { finess: DEMO_FINESS.chuEj, shortName: "CHU GRENOBLE ALPES", statusCode: "13", statusLabel: "Etablissement Public Communal d'Hospitalisation" },
  { finess: DEMO_FINESS.chMonoEj, shortName: "CENTRE HOSPITALIER DE BELLEY", statusCode: "13", statusLabel: "Etablissement Public Communal d'Hospitalisation" },
  { finess: DEMO_FINESS.pharmacyEj, shortName: "SELARL PHARMACIE DES ARTS", statusCode: "85", statusLabel: "Société d'Exercice Libéral à Responsabilité Limitée" },
  { finess: DEMO_FINESS.idfClinicEj, shortName: "SA CLINIQUE DE LA SEINE", statusCode: "73", statusLabel: "Société Anonyme (S.A.)" },
  { finess: DEMO_FINESS.reunionClinicEj, shortName: "SAS CLINIQUE DU LITTORAL", statusCode: "95", statusLabel: "Société par Actions Simplifiée (S.A.S.)" },
  // Its long name is only the generic form: the short one is shown.
  { finess: DEMO_FINESS.corsicaEhpadEj, shortName: "CCAS D'AJACCIO", longName: "CENTRE COMMUNAL D'ACTION SOCIALE", statusCode: "17", statusLabel: "Centre Communal d'Action Sociale" },
  { finess: DEMO_FINESS.miquelonHospitalEj, shortName: "CH DE L'ARCHIPEL", longName: "CENTRE HOSPITALIER DE L'ARCHIPEL", statusCode: "13", statusLabel: "Etablissement Public Communal d'Hospitalisation" },
];

export const DEMO_ESTABLISHMENTS: DemoEstablishment[] = [
  { finess: DEMO_FINESS.clinicEt, legalEntityFiness: DEMO_FINESS.clinicEj, shortName: "CLINIQUE DU PARC", categoryCode: "365", departementCode: "69", addressLine: "155 BD STALINGRAD", postalLine: "69006 LYON", capacity: 180, salariedStaff: 420 },
  { finess: DEMO_FINESS.ehpadEt, legalEntityFiness: DEMO_FINESS.ehpadEj, shortName: "EHPAD LES TILLEULS", categoryCode: "500", departementCode: "63", addressLine: "12 RUE DES TILLEULS", postalLine: "63000 CLERMONT-FERRAND", capacity: 84, salariedStaff: 62 },
  { finess: DEMO_FINESS.chuEtNord, legalEntityFiness: DEMO_FINESS.chuEj, shortName: "CHU GRENOBLE ALPES - SITE NORD", categoryCode: "101", departementCode: "38", addressLine: "BD DE LA CHANTOURNE", postalLine: "38700 LA TRONCHE", capacity: 1850, salariedStaff: 7200 },
  { finess: DEMO_FINESS.chuEtSud, legalEntityFiness: DEMO_FINESS.chuEj, shortName: "CHU GRENOBLE ALPES - SITE SUD", categoryCode: "101", departementCode: "38", addressLine: "AV DE KIMBERLEY", postalLine: "38130 ECHIROLLES", capacity: 420, salariedStaff: 1500 },
  { finess: DEMO_FINESS.chMonoEt, legalEntityFiness: DEMO_FINESS.chMonoEj, shortName: "CH DE BELLEY", categoryCode: "355", departementCode: "01", addressLine: "52 RUE GEORGES GIRERD", postalLine: "01300 BELLEY", capacity: 310, salariedStaff: 650 },
  { finess: DEMO_FINESS.pharmacyEt, legalEntityFiness: DEMO_FINESS.pharmacyEj, shortName: "PHARMACIE DES ARTS", categoryCode: "620", departementCode: "75", addressLine: "8 RUE DES ARTS", postalLine: "75006 PARIS", capacity: 0, salariedStaff: 6 },
  { finess: DEMO_FINESS.idfClinicEt, legalEntityFiness: DEMO_FINESS.idfClinicEj, shortName: "CLINIQUE DE LA SEINE", categoryCode: "128", departementCode: "92", addressLine: "3 QUAI DE LA SEINE", postalLine: "92100 BOULOGNE-BILLANCOURT", capacity: 140, salariedStaff: 310 },
  { finess: DEMO_FINESS.reunionClinicEt, legalEntityFiness: DEMO_FINESS.reunionClinicEj, shortName: "CLINIQUE DU LITTORAL", categoryCode: "365", departementCode: "974", communeCode: "97416", addressLine: "8 RUE DES FILAOS", postalLine: "97410 SAINT-PIERRE", capacity: 120, salariedStaff: 260 },
  { finess: DEMO_FINESS.corsicaEhpadEt, legalEntityFiness: DEMO_FINESS.corsicaEhpadEj, shortName: "EHPAD LES MYRTES", longName: "ETABLISSEMENT D'HEBERGEMENT POUR PERSONNES AGEES DEPENDANTES", categoryCode: "500", departementCode: "2A", communeCode: "2A004", addressLine: "5 CHEMIN DES MYRTES", postalLine: "20090 AJACCIO", capacity: 70, salariedStaff: 55 },
  { finess: DEMO_FINESS.miquelonHospitalEt, legalEntityFiness: DEMO_FINESS.miquelonHospitalEj, shortName: "CH DE L'ARCHIPEL", longName: "CENTRE HOSPITALIER DE L'ARCHIPEL", categoryCode: "355", departementCode: "975", communeCode: "97502", addressLine: "20 RUE MAITRE GEORGES LEFEVRE", postalLine: "97500 SAINT-PIERRE", capacity: 60, salariedStaff: 240 },
];
