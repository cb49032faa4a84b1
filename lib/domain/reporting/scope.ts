import { DEPARTEMENTS, REGIONS } from "../referential/regions";
import { can, DASHBOARD_READING, holdersOf, type AppRole } from "../permissions/permissions";

/** Whose data a report covers: one ARS region, or the whole country. */
export type ReportingScope = { kind: "region"; regionCode: string } | { kind: "national" };

export type ScopeDecision =
  | { ok: true; scope: ReportingScope }
  | { ok: false; status: 403; message: string };


const regionName = (code: string) => REGIONS.find((r) => r.code === code)?.name ?? code;

export const REPORTING_ROLE_REFUSAL = `Accès refusé : le tableau de bord est réservé ${holdersOf(DASHBOARD_READING)}.`;

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
  if (!can(viewer, "dashboard.region.read") || !viewer.regionCode) return { ok: false, status: 403, message: REPORTING_ROLE_REFUSAL };
  const own = viewer.regionCode;
  const departementRegion = requested.departement
    ? DEPARTEMENTS.find((d) => d.code === requested.departement)?.regionCode
    : own;
  if ((requested.region && requested.region !== own) || departementRegion !== own) {
    return {
      ok: false,
      status: 403,
      message: `Accès refusé : votre périmètre est la région ${regionName(own)} ; les données d'une autre région ne vous sont pas accessibles.`,
    };
  }
  return { ok: true, scope: { kind: "region", regionCode: own } };
}

/** "Auvergne-Rhône-Alpes", or "France entière". */
export function scopeLabel(scope: ReportingScope): string {
  return scope.kind === "region" ? regionName(scope.regionCode) : "France entière";
}
