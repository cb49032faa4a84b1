import type { AppRole } from "../permissions/permissions";

/** The PLAGE domain whose roles grant access to the portal. */
export const DISTRILOG_DOMAIN = "Distrilog-santé";

/** A PLAGE profile: one FINESS and the domain roles the APE granted on it. */
export interface PlageProfile {
  finess: string;
  roles: ReadonlyArray<{ domain: string; role: string; region?: string }>;
}

/** PLAGE role labels in the Distrilog-santé domain, as the APE sees them in PLAGE. */
export const PLAGE_ROLE_LABELS: Record<AppRole, string> = {
  OPERATOR: "Opérateur commande EPI",
  INVENTORY_OPERATOR: "Opérateur inventaire EPI",
  APE: "Administrateur principal d'établissement",
  ARS: "Référent ARS",
  NATIONAL_ADMIN: "Administrateur national",
  LOGISTICS: "Logisticien",
  CRISIS_CENTER: "Centre de crise sanitaire",
  CONSORTIUM_OPERATOR: "Opérateur groupement RESAH – UniHA",
};

const ROLE_BY_LABEL = new Map(Object.entries(PLAGE_ROLE_LABELS).map(([role, label]) => [label, role as AppRole]));

/** The portal roles a profile carries; roles of other PLAGE domains are ignored. */
export function portalRoles(profile: PlageProfile): AppRole[] {
  const roles = new Set<AppRole>();
  for (const { domain, role } of profile.roles) {
    const appRole = domain === DISTRILOG_DOMAIN ? ROLE_BY_LABEL.get(role) : undefined;
    if (appRole) roles.add(appRole);
  }
  return [...roles];
}

/** The ARS region a profile's "Référent ARS" role is scoped to, if any. */
export function arsRegion(profile: PlageProfile): string | null {
  const ars = profile.roles.find((r) => r.domain === DISTRILOG_DOMAIN && r.role === PLAGE_ROLE_LABELS.ARS);
  return ars?.region ?? null;
}
