import { accessRefusals } from "../access/refusals";
import type { Refusal } from "../errors";
import { can, DASHBOARD_READING, holdersOf, type AppRole } from "../permissions/permissions";
import { DEPARTEMENTS, REGIONS } from "../referential/regions";
import { reportingRefusals } from "./refusals";

/** Whose data a report covers: one ARS region, or the whole country. */
export type ReportingScope = { kind: "region"; regionCode: string } | { kind: "national" };

export type ScopeDecision =
  | { ok: true; scope: ReportingScope }
  | { ok: false; refusal: Refusal };

const regionName = (code: string) => REGIONS.find((r) => r.code === code)?.name ?? code;

/**
 * The scope a viewer may see for what they asked: a national admin any region (or the country, by default); an ARS
 * its own region only — asking for another region, or a département outside it, is refused, never silently narrowed.
 */
export function decideReportingScope(
  viewer: { roles: readonly AppRole[]; regionCode: string | null },
  requested: { region?: string; departement?: string },
): ScopeDecision {
  if (can(viewer, "dashboard.national.read")) {
    return { ok: true, scope: requested.region ? { kind: "region", regionCode: requested.region } : { kind: "national" } };
  }
  if (!can(viewer, "dashboard.region.read") || !viewer.regionCode) {
    return { ok: false, refusal: accessRefusals.refusal("FORBIDDEN", { holders: holdersOf(DASHBOARD_READING) }) };
  }
  const own = viewer.regionCode;
  const departementRegion = requested.departement
    ? DEPARTEMENTS.find((d) => d.code === requested.departement)?.regionCode
    : own;
  if ((requested.region && requested.region !== own) || departementRegion !== own) {
    return { ok: false, refusal: reportingRefusals.refusal("REGION_OUT_OF_SCOPE", { region: regionName(own) }) };
  }
  return { ok: true, scope: { kind: "region", regionCode: own } };
}

/** "Auvergne-Rhône-Alpes", or "France entière". */
export function scopeLabel(scope: ReportingScope): string {
  return scope.kind === "region" ? regionName(scope.regionCode) : "France entière";
}
