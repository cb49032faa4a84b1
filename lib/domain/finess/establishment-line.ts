/** A `structureet` line of the establishments extract (etalab-cs1100507), checked and shaped for the referential. */
import { communeCodeOfFinessFields, departementFromFinessCode } from "../referential/regions";
import { optionalField, rejected, unreadableFieldsError, type LineResult } from "./extract-fields";
import { normalizeFiness } from "./finess-number";
import type { LegalSector } from "./legal-status";
import { identifyingName } from "./names";

export interface EstablishmentRecord {
  finess: string;
  legalEntityFiness: string;
  /** The name shown: see identifyingName. */
  name: string;
  shortName: string;
  longName: string | null;
  categoryCode: string;
  categoryLabel: string;
  /** INSEE code ("2A", "971"), translated from the file's FINESS code ("2A", "9A"): the record, not the number, says where. */
  departementCode: string;
  /** INSEE commune code ("01451", "97127"), or null when the line's commune field is blank or malformed. */
  communeCode: string | null;
  addressLine: string | null;
  postalLine: string | null;
  phone: string | null;
  siret: string | null;
  finessUpdatedOn: string | null;
  /** What this line tells of its legal entity's sector, for a legal entity the referential does not know yet. */
  legalEntitySector: LegalSector;
}

// section;nofinesset;nofinessej;rs;rslongue;complrs;compldistrib;numvoie;typvoie;voie;compvoie;lieuditbp;commune;
// departement;libdepartement;ligneacheminement;telephone;telecopie;categetab;libcategetab;categagretab;libcategagretab;
// siret;codeape;codemft;libmft;codesph;libsph;dateouv;dateautor;datemaj — 31 fields.
const FIELD = {
  nofinesset: 1,
  nofinessej: 2,
  rs: 3,
  rslongue: 4,
  compldistrib: 6,
  numvoie: 7,
  typvoie: 8,
  voie: 9,
  compvoie: 10,
  lieuditbp: 11,
  commune: 12,
  departement: 13,
  ligneacheminement: 15,
  telephone: 16,
  categetab: 18,
  libcategetab: 19,
  siret: 22,
  codesph: 26,
  datemaj: 30,
} as const;
const FIELD_COUNT = 31;

/** codesph = 1 "Etablissement public de santé": public whatever the legal entity file says, and known without it. */
const PUBLIC_HEALTH_ESTABLISHMENT = "1";

export function parseEstablishmentFields(fields: readonly string[]): LineResult<EstablishmentRecord> {
  const unreadable = unreadableFieldsError(fields, FIELD_COUNT, { ET: FIELD.nofinesset, EJ: FIELD.nofinessej });
  if (unreadable) return rejected(unreadable);
  const shortName = optionalField(fields, FIELD.rs);
  if (!shortName) return rejected("Raison sociale (rs) manquante.");
  const longName = optionalField(fields, FIELD.rslongue);
  const departementField = fields[FIELD.departement].trim();
  const departement = departementFromFinessCode(departementField);
  if (!departement) return rejected(`Département FINESS « ${departementField} » inconnu.`);
  const categoryCode = fields[FIELD.categetab].trim();
  if (!/^\d{3}$/.test(categoryCode)) return rejected(`Catégorie d'établissement « ${categoryCode} » invalide : 3 chiffres attendus.`);
  const categoryLabel = optionalField(fields, FIELD.libcategetab);
  if (!categoryLabel) return rejected("Libellé de la catégorie d'établissement (libcategetab) manquant.");
  return {
    ok: true,
    record: {
      finess: normalizeFiness(fields[FIELD.nofinesset]),
      legalEntityFiness: normalizeFiness(fields[FIELD.nofinessej]),
      name: identifyingName({ shortName, longName }),
      shortName,
      longName,
      categoryCode,
      categoryLabel,
      departementCode: departement.code,
      communeCode: communeCodeOfFinessFields(departementField, fields[FIELD.commune]),
      addressLine: addressLine(fields),
      postalLine: optionalField(fields, FIELD.ligneacheminement),
      phone: optionalField(fields, FIELD.telephone),
      siret: siret(optionalField(fields, FIELD.siret)),
      finessUpdatedOn: isoDate(optionalField(fields, FIELD.datemaj)),
      legalEntitySector: fields[FIELD.codesph].trim() === PUBLIC_HEALTH_ESTABLISHMENT ? "PUBLIC" : "UNKNOWN",
    },
  };
}

/** "BATIMENT B, 900 RTE DE PARIS, CS 20100": what a delivery needs, in the order a label prints it. */
function addressLine(fields: readonly string[]): string | null {
  const street = [FIELD.numvoie, FIELD.compvoie, FIELD.typvoie, FIELD.voie]
    .map((position) => optionalField(fields, position))
    .filter(Boolean)
    .join(" ");
  const parts = [optionalField(fields, FIELD.compldistrib), street, optionalField(fields, FIELD.lieuditbp)].filter(Boolean);
  return parts.length ? parts.join(", ") : null;
}

// siret and datemaj are informative: a malformed value is dropped rather than costing the establishment its line.
function siret(value: string | null): string | null {
  return value && /^\d{14}$/.test(value) ? value : null;
}

function isoDate(value: string | null): string | null {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

/** The name a legal entity gets until the legal-entities extract brings its real one. */
export function placeholderLegalEntityName(finess: string): string {
  return `Entité juridique ${finess}`;
}
