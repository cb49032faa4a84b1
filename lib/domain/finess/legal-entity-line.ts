/** A `structureej` line of the legal-entities extract (etalab-cs1100501), checked and shaped for the referential. */
import { departementFromFinessCode } from "../referential/regions";
import { optionalField, rejected, unreadableFieldsError, type LineResult } from "./extract-fields";
import { normalizeFiness } from "./finess-number";
import { legalSector, type LegalSector } from "./legal-status";
import { identifyingName } from "./names";

export interface LegalEntityRecord {
  finess: string;
  /** The name shown: see identifyingName. */
  name: string;
  shortName: string;
  longName: string | null;
  statusCode: string | null;
  statusLabel: string | null;
  sector: LegalSector;
  /** INSEE code; null when the file gives none. */
  departementCode: string | null;
}

// The column order is not in our domain notes and data.gouv.fr's notice (etalab_cs1100501.pdf) was not at hand. It is
// the order two independent public readers of the file use — a pandas loader of the May 2026 extract and a TypeScript
// type of data.gouv.fr's tabular API for the same resource — and they agree:
// section;nofiness;rs;rslongue;complrs;numvoie;typvoie;voie;compvoie;compldistrib;lieuditbp;commune;ligneacheminement;
// departement;libdepartement;telephone;statutjuridique;libstatutjuridique;categetab;libcategetab;siren;codeape;datecrea
// — 23 fields, with no datemaj (unlike structureet, the address block starts with numvoie). Should a real file prove
// otherwise, the positions below are the only thing to change.
const FIELD = {
  nofiness: 1,
  rs: 2,
  rslongue: 3,
  departement: 13,
  statutjuridique: 16,
  libstatutjuridique: 17,
} as const;
const FIELD_COUNT = 23;

export function parseLegalEntityFields(fields: readonly string[]): LineResult<LegalEntityRecord> {
  const unreadable = unreadableFieldsError(fields, FIELD_COUNT, { EJ: FIELD.nofiness });
  if (unreadable) return rejected(unreadable);
  const shortName = optionalField(fields, FIELD.rs);
  if (!shortName) return rejected("Raison sociale (rs) manquante.");
  const departementField = optionalField(fields, FIELD.departement);
  const departement = departementField ? departementFromFinessCode(departementField) : undefined;
  if (departementField && !departement) return rejected(`Département FINESS « ${departementField} » inconnu.`);
  const longName = optionalField(fields, FIELD.rslongue);
  const statusCode = optionalField(fields, FIELD.statutjuridique);
  if (statusCode && !/^\d{2}$/.test(statusCode)) return rejected(`Statut juridique « ${statusCode} » invalide : 2 chiffres attendus.`);
  return {
    ok: true,
    record: {
      finess: normalizeFiness(fields[FIELD.nofiness]),
      name: identifyingName({ shortName, longName }),
      shortName,
      longName,
      statusCode,
      statusLabel: optionalField(fields, FIELD.libstatutjuridique),
      sector: legalSector(statusCode),
      departementCode: departement?.code ?? null,
    },
  };
}
