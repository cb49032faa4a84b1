import { refusals } from "../errors";
import type { DamageSample, SpreadsheetDamageKind } from "./spreadsheet-damage";

const DESCRIPTIONS: Record<SpreadsheetDamageKind, (value: string) => string> = {
  "header-date": (v) => `la date de l'en-tête est écrite « ${v} » au lieu d'année-mois-jour`,
  "scientific-notation": (v) => `des numéros sont en notation scientifique (« ${v} ») et leurs chiffres sont perdus`,
  "code-leading-zero": (v) => `des codes ont perdu leur zéro initial (« ${v} »)`,
  "phone-leading-zero": (v) => `les numéros de téléphone ont perdu leur zéro initial (« ${v} »)`,
  "day-month-year-date": (v) => `des dates sont écrites jour/mois/année (« ${v} ») au lieu d'année-mois-jour`,
  "date-in-street": (v) => `des numéros de voie ont été changés en dates (« ${v} »)`,
  "decimal-comma": (v) => `des coordonnées ont une virgule décimale (« ${v} »)`,
};

/** What was seen where, that nothing changed, and how to get the original file. */
function spreadsheetDamageMessage(evidence: readonly DamageSample[]): string {
  const seen = evidence.map((sample) => `${DESCRIPTIONS[sample.kind](sample.value)}, ligne ${sample.line}`).join(" ; ");
  return (
    `Fichier refusé : il a été ouvert puis enregistré par un tableur (Excel, LibreOffice…), qui en a abîmé des valeurs — ${seen}. ` +
    "Rien n'a été importé ni modifié. Téléchargez de nouveau l'extrait original sur data.gouv.fr (jeu « FINESS Extraction " +
    "du Fichier des établissements ») et importez-le tel quel, sans l'ouvrir dans un tableur : pour le consulter, ouvrez-en une copie."
  );
}


/** What is wrong with a JSON « structures » flow, where the reader stopped. */
const STRUCTURES_FLAWS = {
  ROOT_NOT_OBJECT: "un objet JSON est attendu au début du fichier",
  PMEJ_NOT_ARRAY: "« pmej » doit être un tableau",
  PMEJ_ITEM_NOT_OBJECT: "chaque élément de « pmej » doit être un objet",
  UNBALANCED: "accolades ou crochets mal appariés",
  NO_OBJECT: "le fichier ne contient aucun objet JSON",
  TRUNCATED: "le fichier s'arrête au milieu d'un objet (fichier tronqué ?)",
} as const;

export type StructuresFlaw = keyof typeof STRUCTURES_FLAWS;

/** Refusals of a FINESS extract as a whole (a bad line is rejected and reported, not refused). */
export const finessImportRefusals = refusals({
  EXTRACT_EMPTY: () => "Le fichier est vide.",
  EXTRACT_UNRECOGNISED: () =>
    "Fichier non reconnu : ni ligne structureet ou geolocalisation (extrait des établissements), ni ligne structureej (extrait des entités juridiques).",
  STRUCTURES_MALFORMED: ({ line, flaw }: { line: number; flaw: StructuresFlaw }) =>
    `Flux JSON mal formé ligne ${line} : ${STRUCTURES_FLAWS[flaw]}. Le fichier est refusé, rien n'a été importé.`,
  STRUCTURES_WITHOUT_PMEJ: () => "Ce fichier JSON n'est pas un flux « structures » FINESS : il n'a pas de tableau « pmej » (entités juridiques).",
  EXTRACT_SPREADSHEET_DAMAGED: ({ evidence }: { evidence: readonly DamageSample[] }) => spreadsheetDamageMessage(evidence),
  STRUCTURES_WITHOUT_SCHEMA_VERSION: () => "Flux « structures » sans version de schéma (schemaVersion) : fichier refusé, rien n'a été importé.",
  STRUCTURES_SCHEMA_UNSUPPORTED: ({ version }: { version: string }) =>
    `Flux « structures » en version de schéma « ${version.slice(0, 20)} » : seule la v1 est prise en charge ; rien n'a été importé.`,
  STRUCTURES_ENTITY_MALFORMED: ({ line, reason }: { line: number; reason: string }) =>
    `Flux JSON mal formé dans l'entité juridique qui commence ligne ${line} (${reason}). Le fichier est refusé, rien n'a été importé.`,
  /** An upload past FINESS_UPLOAD_MAX_BYTES: the upload schema's own words, checked in the browser too. */
  UPLOAD_TOO_LARGE: ({ issue }: { issue: string }) => issue,
  IMPORT_NOT_FOUND: () => "Import FINESS introuvable.",
  DEPARTEMENTS_MISSING: () => "Le référentiel des départements est vide : lancez « npm run db:seed » avant l'import FINESS.",
});
