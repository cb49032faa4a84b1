import type { AppRole } from "../permissions/permissions";

/** The PLAGE domain whose roles grant access to the portal. */
export const DISTRILOG_DOMAIN = "Distrilog-santé";
/** The guide's own PLAGE domain of the stock inventory role (« Opérateur inventaire EPI »). */
export const EPI_STOCK_DOMAIN = "EPI Stock";

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

/** The PLAGE domain each role is granted in, as the guide places them: the inventory role in « EPI Stock ». */
export const PLAGE_ROLE_DOMAINS: Record<AppRole, string> = {
  OPERATOR: DISTRILOG_DOMAIN,
  INVENTORY_OPERATOR: EPI_STOCK_DOMAIN,
  APE: DISTRILOG_DOMAIN,
  ARS: DISTRILOG_DOMAIN,
  NATIONAL_ADMIN: DISTRILOG_DOMAIN,
  LOGISTICS: DISTRILOG_DOMAIN,
  CRISIS_CENTER: DISTRILOG_DOMAIN,
  CONSORTIUM_OPERATOR: DISTRILOG_DOMAIN,
};

const ROLE_BY_DOMAIN_AND_LABEL = new Map(
  (Object.keys(PLAGE_ROLE_LABELS) as AppRole[]).map((role) => [`${PLAGE_ROLE_DOMAINS[role]}|${PLAGE_ROLE_LABELS[role]}`, role]),
);

/** The portal roles a profile carries: each read in its own PLAGE domain; other domains' roles are ignored. */
export function portalRoles(profile: PlageProfile): AppRole[] {
  const roles = new Set<AppRole>();
  for (const { domain, role } of profile.roles) {
    const appRole = ROLE_BY_DOMAIN_AND_LABEL.get(`${domain}|${role}`);
    if (appRole) roles.add(appRole);
  }
  return [...roles];
}

/** A PLAGE role as the APE finds it in PLAGE: its label, and its domain when not Distrilog-santé's. */
export function plageRoleName(role: AppRole): string {
  const domain = PLAGE_ROLE_DOMAINS[role];
  return domain === DISTRILOG_DOMAIN ? PLAGE_ROLE_LABELS[role] : `${PLAGE_ROLE_LABELS[role]} » du domaine « ${domain}`;
}

/** The ARS region a profile's "Référent ARS" role is scoped to, if any. */
export function arsRegion(profile: PlageProfile): string | null {
  const ars = profile.roles.find((r) => r.domain === DISTRILOG_DOMAIN && r.role === PLAGE_ROLE_LABELS.ARS);
  return ars?.region ?? null;
}
