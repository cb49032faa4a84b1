import { finessNumberError, type FinessNumberError } from "../finess/finess-number";
import type { LegalSector } from "../finess/legal-status";
import { actsForTheState, needsRegion, type AppRole } from "../permissions/permissions";

/** What the referential says about the FINESS a PLAGE profile carries. */
export type FinessRecord =
  | {
      kind: "ET";
      finess: string;
      category: CategoryStatus;
      /** The day FINESS closed it, or null while open. */
      closedOn: string | null;
      /** establishmentCount: its open establishments. */
      legalEntity: { finess: string; sector: LegalSector; establishmentCount: number };
    }
  | {
      kind: "EJ";
      finess: string;
      sector: LegalSector;
      closedOn: string | null;
      /** Its open establishments. */
      establishments: Array<{ finess: string; category: CategoryStatus }>;
    }
  | { kind: "UNKNOWN"; finess: string };

export interface CategoryStatus {
  code: string;
  label: string;
  eligible: boolean;
}

export type AccessFailure =
  | { code: "NO_PROFILE" }
  | { code: "FINESS_INVALID"; finess: string; reason: FinessNumberError }
  | { code: "FINESS_UNKNOWN"; finess: string }
  | { code: "FINESS_CLOSED"; finess: string; closedOn: string }
  | { code: "CATEGORY_NOT_ELIGIBLE"; finess: string; categories: CategoryStatus[] }
  | { code: "USE_LEGAL_ENTITY_FINESS"; finess: string; legalEntityFiness: string }
  | { code: "USE_ESTABLISHMENT_FINESS"; finess: string; establishmentFinesses: string[] }
  | { code: "EMAIL_BOUND_ELSEWHERE"; finess: string; boundFiness: string }
  | { code: "MISSING_ROLE"; finess: string }
  | { code: "ARS_REGION_MISSING" };

export type AccessFailureCode = AccessFailure["code"];

export interface AccessRequest {
  /** The PLAGE profile in use (see chooseProfile); null when PLAGE sent none. */
  profile: { finess: string; roles: readonly AppRole[]; regionCode: string | null } | null;
  record: FinessRecord | null;
  /** The FINESS this e-mail registered first, if it did. */
  boundFiness: string | null;
}

export interface AccessDecision {
  allowed: boolean;
  failures: AccessFailure[];
  /** The kind of user the portal treats them as. */
  audience: "establishment" | "staff";
}

function kindFailures(record: FinessRecord): AccessFailure[] {
  if (record.kind === "UNKNOWN") return [{ code: "FINESS_UNKNOWN", finess: record.finess }];
  // Closed in FINESS: nothing else about it matters, it no longer orders.
  if (record.closedOn) return [{ code: "FINESS_CLOSED", finess: record.finess, closedOn: record.closedOn }];
  if (record.kind === "ET") {
    const failures: AccessFailure[] = [];
    if (!record.category.eligible) {
      failures.push({ code: "CATEGORY_NOT_ELIGIBLE", finess: record.finess, categories: [record.category] });
    }
    // A public entity with several sites orders once, under its legal FINESS.
    if (record.legalEntity.sector === "PUBLIC" && record.legalEntity.establishmentCount > 1) {
      failures.push({ code: "USE_LEGAL_ENTITY_FINESS", finess: record.finess, legalEntityFiness: record.legalEntity.finess });
    }
    return failures;
  }
  const multiSitePublic = record.sector === "PUBLIC" && record.establishments.length > 1;
  if (!multiSitePublic) {
    return [
      { code: "USE_ESTABLISHMENT_FINESS", finess: record.finess, establishmentFinesses: record.establishments.map((e) => e.finess) },
    ];
  }
  if (!record.establishments.some((e) => e.category.eligible)) {
    const categories = [...new Map(record.establishments.map((e) => [e.category.code, e.category])).values()];
    return [{ code: "CATEGORY_NOT_ELIGIBLE", finess: record.finess, categories }];
  }
  return [];
}

/**
 * The access decision of the user guide (section 1): every failed condition, not only the first, so that a refused
 * user can fix everything at once.
 */
export function decideAccess({ profile, record, boundFiness }: AccessRequest): AccessDecision {
  if (!profile) return { allowed: false, failures: [{ code: "NO_PROFILE" }], audience: "establishment" };

  if (actsForTheState(profile.roles)) {
    const failures: AccessFailure[] = needsRegion(profile.roles) && !profile.regionCode ? [{ code: "ARS_REGION_MISSING" }] : [];
    return { allowed: failures.length === 0, failures, audience: "staff" };
  }

  const failures: AccessFailure[] = [];
  const numberError = finessNumberError(profile.finess);
  if (numberError) failures.push({ code: "FINESS_INVALID", finess: profile.finess, reason: numberError });
  else failures.push(...kindFailures(record ?? { kind: "UNKNOWN", finess: profile.finess }));
  if (boundFiness && boundFiness !== profile.finess) {
    failures.push({ code: "EMAIL_BOUND_ELSEWHERE", finess: profile.finess, boundFiness });
  }
  if (profile.roles.length === 0) failures.push({ code: "MISSING_ROLE", finess: profile.finess });
  return { allowed: failures.length === 0, failures, audience: "establishment" };
}

/**
 * One profile per e-mail: the profile of the FINESS this e-mail registered first, or PLAGE's first profile before
 * any registration. The others are only named, so the user learns each FINESS needs its own e-mail.
 */
export function chooseProfile<P extends { finess: string }>(
  profiles: readonly P[],
  boundFiness: string | null,
): { profile: P | null; ignored: P[] } {
  const profile = (boundFiness && profiles.find((p) => p.finess === boundFiness)) || profiles[0] || null;
  return { profile, ignored: profiles.filter((p) => p !== profile) };
}
