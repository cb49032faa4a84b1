/**
 * The permission table: every role of the portal, and every capability with the roles that hold it. Actions, page
 * guards, route handlers, navigation links and the authorization matrix test all read it; adding a role or moving a
 * capability is one line here. Scoping (one establishment, one region) is the caller's job, with the actor.
 */

/** Portal roles; mirrors the Prisma `Role` enum, which the domain must not import. */
export const APP_ROLES = ["OPERATOR", "INVENTORY_OPERATOR", "APE", "ARS", "NATIONAL_ADMIN", "LOGISTICS", "CRISIS_CENTER", "CONSORTIUM_OPERATOR"] as const;

export type AppRole = (typeof APP_ROLES)[number];

interface RoleTraits {
  /** Acts for one establishment, or for the state (ministry, ARS, logistics, crisis centre). */
  audience: "establishment" | "staff";
  /** Holds only within one ARS region, which the PLAGE profile must name. */
  regional: boolean;
  /** Who holds it, after « réservé » in a refusal: « aux ARS ». */
  holders: string;
}

export const ROLES: Record<AppRole, RoleTraits> = {
  OPERATOR: { audience: "establishment", regional: false, holders: "aux opérateurs commande EPI" },
  INVENTORY_OPERATOR: { audience: "establishment", regional: false, holders: "aux opérateurs inventaire EPI" },
  APE: { audience: "establishment", regional: false, holders: "aux administrateurs principaux d'établissement (APE)" },
  ARS: { audience: "staff", regional: true, holders: "aux ARS" },
  NATIONAL_ADMIN: { audience: "staff", regional: false, holders: "aux administrateurs nationaux" },
  LOGISTICS: { audience: "staff", regional: false, holders: "aux logisticiens" },
  CRISIS_CENTER: { audience: "staff", regional: false, holders: "au centre de crise sanitaire" },
  /** The RESAH – UniHA consortium's staff: bound to no establishment, they answer the orders forwarded to it. */
  CONSORTIUM_OPERATOR: { audience: "staff", regional: false, holders: "aux opérateurs du groupement RESAH – UniHA" },
};

export const PERMISSIONS = {
  // An establishment's own account
  "order.place": ["OPERATOR"],
  "order.cancel": ["OPERATOR"],
  /** Confirming receipt of a state order (packs counted per line, discrepancies noted), which closes it. */
  "order.receive": ["OPERATOR"],
  "allocation.request": ["OPERATOR"],
  "stock.declare": ["INVENTORY_OPERATOR", "OPERATOR"],
  "quota-revision.request": ["OPERATOR", "APE"],
  "ape.request": ["OPERATOR", "INVENTORY_OPERATOR"],
  /** Who receives the parcels of the user's orders, and when: the picking list prints it. */
  "delivery-contact.edit": ["OPERATOR"],
  /** Local mutual aid: ask a neighbour for a loan, offer a surplus, answer and confirm hand-over or receipt. */
  "exchange.request": ["OPERATOR", "INVENTORY_OPERATOR"],
  /** Being the establishment's principal administrator (APE) in PLAGE. */
  "establishment.administer": ["APE"],

  // One ARS region
  "dashboard.region.read": ["ARS"],
  /** One establishment of the region as the dashboard opens it: its orders, quota use, cover, requests and contact. */
  "establishment.region.read": ["ARS"],
  "cover.region.read": ["ARS"],
  "ape.decide": ["ARS"],
  "emergency.file": ["ARS"],
  "quota-revision.decide": ["ARS"],
  "exchange.region.read": ["ARS"],
  /** Propose a lender to a borrower, or give an offered surplus a borrower. */
  "exchange.broker": ["ARS"],
  /** The journal (audit trail) of what concerns the region's establishments. */
  "audit.region.read": ["ARS"],
  /** The contact messages whose sender gave the FINESS of one of the region's establishments: read them, answer them. */
  "contact-messages.region.answer": ["ARS"],
  /** The users bound to the region's establishments, and its ARS agents: the list only, read-only. */
  "users.region.read": ["ARS"],

  // The whole country
  "dashboard.national.read": ["NATIONAL_ADMIN"],
  "establishment.national.read": ["NATIONAL_ADMIN"],
  "cover.national.read": ["NATIONAL_ADMIN"],
  "emergency.decide": ["CRISIS_CENTER"],
  "logistics.read": ["LOGISTICS", "NATIONAL_ADMIN"],
  "order.advance": ["LOGISTICS"],
  /** The RESAH – UniHA consortium: its orders (page, export), and its answers (confirm, refuse, ship, deliver). */
  "consortium.read": ["CONSORTIUM_OPERATOR"],
  "consortium.advance": ["CONSORTIUM_OPERATOR"],
  "categories.manage": ["NATIONAL_ADMIN"],
  "catalogue.manage": ["NATIONAL_ADMIN"],
  "quotas.manage": ["NATIONAL_ADMIN"],
  "national-stock.manage": ["NATIONAL_ADMIN"],
  "tension.manage": ["NATIONAL_ADMIN"],
  /** Trying a tension before it is decreed: the weeks the national stock would last under chosen quotas. */
  "tension.simulate": ["NATIONAL_ADMIN", "CRISIS_CENTER"],
  "allocation.manage": ["NATIONAL_ADMIN"],
  "jobs.read": ["NATIONAL_ADMIN"],
  /** Uploading a FINESS file (extract or JSON flow) and following its import. */
  "referential.import": ["NATIONAL_ADMIN"],
  "mail.read": ["NATIONAL_ADMIN"],
  /** The ARS mailboxes the help page, the refusal page and the weekly digest use. */
  "ars-mailboxes.manage": ["NATIONAL_ADMIN"],
  /** Ending every session of a user (lost badge, stolen session, departure). */
  "user-sessions.end": ["NATIONAL_ADMIN"],
  /** Every user of the portal: bound FINESS, roles, registration and last sign-in. */
  "users.national.read": ["NATIONAL_ADMIN"],
  /** Unbinding an e-mail from its FINESS, so that it registers another at its next sign-in. */
  "user-email.unbind": ["NATIONAL_ADMIN"],
  /** The messages of the public contact form: read them, answer them by e-mail. */
  "contact-messages.answer": ["NATIONAL_ADMIN"],
  /** The whole journal (audit trail): who changed what, when, before and after. */
  "audit.national.read": ["NATIONAL_ADMIN"],
} as const satisfies Record<string, readonly AppRole[]>;

export type Capability = keyof typeof PERMISSIONS;

export const CAPABILITIES = Object.keys(PERMISSIONS) as Capability[];

/** A page or export open to whoever holds any of these capabilities (e.g. the dashboard, regional or national). */
export type CapabilityNeed = Capability | readonly Capability[];

const needed = (need: CapabilityNeed): readonly Capability[] => (typeof need === "string" ? [need] : need);

/** The roles that hold a capability (any of several), in the table's role order. */
export function rolesWith(need: CapabilityNeed): AppRole[] {
  const capabilities = needed(need);
  return APP_ROLES.filter((role) => capabilities.some((capability) => (PERMISSIONS[capability] as readonly AppRole[]).includes(role)));
}

/** Whether someone holding `roles` may do it. */
export function can(holder: { roles: readonly AppRole[] }, need: CapabilityNeed): boolean {
  const allowed = rolesWith(need);
  return holder.roles.some((role) => allowed.includes(role));
}

/** « aux logisticiens et aux administrateurs nationaux »: who holds it, for a refusal. */
export function holdersOf(need: CapabilityNeed): string {
  const holders = rolesWith(need).map((role) => ROLES[role].holders);
  return holders.length > 1 ? `${holders.slice(0, -1).join(", ")} et ${holders.at(-1)}` : (holders[0] ?? "");
}

/** Whether a role set makes a state agent (the access rules differ from an establishment's). */
export const actsForTheState = (roles: readonly AppRole[]) => roles.some((role) => ROLES[role].audience === "staff");

/** Whether a role set needs an ARS region to mean anything. */
export const needsRegion = (roles: readonly AppRole[]) => roles.some((role) => ROLES[role].regional);

/** Roles that act for one establishment: their holder is bound to its FINESS. */
export const ESTABLISHMENT_ROLES: readonly AppRole[] = APP_ROLES.filter((role) => ROLES[role].audience === "establishment");

/** Pages read at either scope: an ARS its region, the national level every region. */
export const DASHBOARD_READING = ["dashboard.region.read", "dashboard.national.read"] as const satisfies readonly Capability[];
export const ESTABLISHMENT_READING = ["establishment.region.read", "establishment.national.read"] as const satisfies readonly Capability[];
export const COVER_READING = ["cover.region.read", "cover.national.read"] as const satisfies readonly Capability[];
export const AUDIT_READING = ["audit.region.read", "audit.national.read"] as const satisfies readonly Capability[];
export const USER_READING = ["users.region.read", "users.national.read"] as const satisfies readonly Capability[];
export const CONTACT_ANSWERING = ["contact-messages.region.answer", "contact-messages.answer"] as const satisfies readonly Capability[];
