/**
 * A legal entity of the FINESS « structures » JSON flow and its geographic entities, checked against the published
 * schema and shaped into the same records as the CSV extracts: the legal entity (EJ) and its establishments (ET), with
 * their category, public/private status, address, position and open/closed state.
 */
import { categoryLabelOf } from "../referential/categories";
import { compileCheck } from "./compiled-check";
import { departementOfCommune } from "../referential/regions";
import type { EstablishmentRecord } from "./establishment-line";
import { finessFieldError, rejected, type LineResult } from "./extract-fields";
import { normalizeFiness } from "./finess-number";
import type { GeolocationRecord } from "./geolocation-line";
import type { LegalEntityRecord } from "./legal-entity-line";
import { legalSector } from "./legal-status";
import { identifyingName } from "./names";
import {
  geographicEntitySchema,
  legalEntitySchema,
  schemaIssue,
  type FlowAddress,
  type GeographicEntity,
  type LegalEntityItem,
} from "./structures-schema";

/** Null while open; the day FINESS closed it otherwise. */
interface ClosingState {
  closedOn: string | null;
}

export type StructureLegalEntity = Omit<LegalEntityRecord, "statusLabel"> & ClosingState;
export type StructureEstablishment = EstablishmentRecord & GeolocationRecord & ClosingState;

export interface StructureRecords {
  legalEntity: LineResult<StructureLegalEntity>;
  /** One per `ege`, in the file's order. */
  establishments: Array<LineResult<StructureEstablishment>>;
}

// Most records conform: checked by the functions compiled from the schemas, and by zod itself only when they refuse,
// for the reason to give.
const isLegalEntityItem = compileCheck(legalEntitySchema);
const isGeographicEntity = compileCheck(geographicEntitySchema);

/** The flow gives WGS 84 latitude and longitude (BAN geocoding) everywhere, overseas included. */
export const FLOW_COORDINATE_SYSTEM = "WGS84,BAN";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/**
 * `flowDate`: the day the flow was generated (YYYY-MM-DD): a closing date up to it means closed, a later one is only
 * announced.
 */
export function structureRecords(item: unknown, flowDate: string): StructureRecords {
  const parsed = isLegalEntityItem(item)
    ? { success: true as const, data: item as LegalEntityItem }
    : legalEntitySchema.safeParse(item, { reportInput: true });
  if (!parsed.success) {
    const reason = `Entité juridique non conforme au schéma du flux (v1.0.0) : ${schemaIssue(parsed.error)}.`;
    const count = Array.isArray((item as { ege?: unknown })?.ege) ? (item as { ege: unknown[] }).ege.length : 0;
    return { legalEntity: rejected(reason), establishments: Array.from({ length: count }, () => ignoredWithItsLegalEntity()) };
  }
  const legalEntity = legalEntityRecord(parsed.data, flowDate);
  const geographicEntities = parsed.data.ege ?? [];
  if (!legalEntity.ok) return { legalEntity, establishments: geographicEntities.map(() => ignoredWithItsLegalEntity()) };
  return {
    legalEntity,
    establishments: geographicEntities.map((ege) => establishmentRecord(ege, legalEntity.record, flowDate)),
  };
}

function ignoredWithItsLegalEntity(): LineResult<never> {
  return rejected("Établissement ignoré : son entité juridique est rejetée (voir sa ligne).");
}

function legalEntityRecord(item: LegalEntityItem, flowDate: string): LineResult<StructureLegalEntity> {
  const info = item.informationsGeneralesPMEJ;
  const finessError = finessFieldError("EJ", info.numFinessPm);
  if (finessError) return rejected(finessError);
  const statusCode = info.statutJuridique.trim();
  if (!/^\d{2}$/.test(statusCode)) return rejected(`Statut juridique « ${statusCode} » invalide : 2 chiffres attendus.`);
  const state = closingState(item.etatObjet, info.dateFermeture, item.dateDerniereMaj, flowDate);
  if (typeof state === "string") return rejected(state);
  const shortName = info.denominationPm.trim();
  const longName = info.denominationLonguePmSmsse.trim() || null;
  if (!shortName) return rejected("Dénomination (denominationPm) manquante.");
  const commune = item.adresse[0]?.cogCommune;
  return {
    ok: true,
    record: {
      finess: normalizeFiness(info.numFinessPm),
      name: identifyingName({ shortName, longName }),
      shortName,
      longName,
      statusCode,
      sector: legalSector(statusCode),
      departementCode: commune ? (departementOfCommune(commune)?.code ?? null) : null,
      ...state,
    },
  };
}

function establishmentRecord(
  item: unknown,
  legalEntity: StructureLegalEntity,
  flowDate: string,
): LineResult<StructureEstablishment> {
  const parsed = isGeographicEntity(item)
    ? { success: true as const, data: item as GeographicEntity }
    : geographicEntitySchema.safeParse(item, { reportInput: true });
  if (!parsed.success) return rejected(`Établissement non conforme au schéma du flux (v1.0.0) : ${schemaIssue(parsed.error)}.`);
  const ege: GeographicEntity = parsed.data;
  const info = ege.informationsGeneralesEGE;
  const finessError = finessFieldError("ET", info.numFinessEge);
  if (finessError) return rejected(finessError);
  const finess = normalizeFiness(info.numFinessEge);
  const categoryCode = ege.categorieentiteGeographiqueExercice?.trim() ?? "";
  if (!/^\d{3}$/.test(categoryCode)) {
    return rejected(`Établissement ${finess} : catégorie « ${categoryCode} » invalide (categorieentiteGeographiqueExercice, 3 chiffres attendus).`);
  }
  const address = ege.adresse?.[0];
  if (!address) return rejected(`Établissement ${finess} : aucune adresse.`);
  const departement = departementOfCommune(address.cogCommune);
  if (!departement) return rejected(`Établissement ${finess} : commune « ${address.cogCommune} » inconnue (cogCommune).`);
  const state = closingState(ege.etatObjet, info.dateFermeture, ege.dateDerniereMaj, flowDate);
  if (typeof state === "string") return rejected(`Établissement ${finess} : ${state}`);
  const shortName = info.nomEgeCourt.trim();
  const longName = info.nomEgeLong.trim() || null;
  if (!shortName) return rejected(`Établissement ${finess} : nom (nomEgeCourt) manquant.`);
  const position = coordinates(address);
  return {
    ok: true,
    record: {
      finess,
      legalEntityFiness: legalEntity.finess,
      name: identifyingName({ shortName, longName }),
      shortName,
      longName,
      categoryCode,
      // The flow codes the category without naming it: the nomenclature's label, for a category new to the referential.
      categoryLabel: categoryLabelOf(categoryCode),
      departementCode: departement.code,
      communeCode: address.cogCommune.trim().toUpperCase(),
      addressLine: addressLine(address),
      postalLine: [address.codePostal, address.ligneAcheminement].map((part) => part?.trim()).filter(Boolean).join(" ") || null,
      phone: (ege.contact ?? []).map((c) => c.telecom.telephone?.trim()).find(Boolean) ?? null,
      siret: info.siret ?? null,
      finessUpdatedOn: ISO_DATE.test(ege.dateDerniereMaj) ? ege.dateDerniereMaj.slice(0, 10) : null,
      legalEntitySector: legalEntity.sector,
      coordX: position?.longitude ?? null,
      coordY: position?.latitude ?? null,
      coordSystem: position ? FLOW_COORDINATE_SYSTEM : null,
      ...state,
    },
  };
}

/**
 * `etatObjet` A (actif) or I (inactif, TRE-R386). Inactive: closed on its closing date, or on its last update when the
 * flow gives none; active with a closing date already passed: closed too. A French reason for any other state.
 */
export function closingState(etatObjet: string, dateFermeture: string | undefined, dateDerniereMaj: string, flowDate: string): ClosingState | string {
  const closing = dateFermeture && ISO_DATE.test(dateFermeture) ? dateFermeture.slice(0, 10) : null;
  if (etatObjet === "I") return { closedOn: closing ?? (ISO_DATE.test(dateDerniereMaj) ? dateDerniereMaj.slice(0, 10) : flowDate) };
  if (etatObjet === "A") return { closedOn: closing && closing <= flowDate ? closing : null };
  return `état « ${etatObjet} » inconnu (etatObjet : A, actif, ou I, inactif).`;
}

/** "5 R DU LYCEE, BP 132": what a delivery needs, like the extract's address line. */
function addressLine(address: FlowAddress): string | null {
  const street = [address.numeroVoie, address.complementVoie, address.typeVoie, address.libelleVoie]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(" ");
  const parts = [address.complementPointGeographique?.trim(), street, address.lieuDit?.trim()].filter(Boolean);
  return parts.length ? parts.join(", ") : null;
}

function coordinates(address: FlowAddress): { latitude: number; longitude: number } | null {
  const position = address.coordonneesGeographique;
  if (!position) return null;
  const latitude = Number(position.directionLatitude);
  const longitude = Number(position.directionLongitude);
  const valid = Number.isFinite(latitude) && Number.isFinite(longitude) && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
  return valid && position.directionLatitude.trim() && position.directionLongitude.trim() ? { latitude, longitude } : null;
}
