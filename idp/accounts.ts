import { DEMO_FINESS } from "../prisma/demo/establishments";
import { MUTUAL_AID_FINESS } from "../prisma/demo/mutual-aid";
import { DISTRILOG_DOMAIN, EPI_STOCK_DOMAIN, PLAGE_ROLE_LABELS, type PlageProfile } from "../lib/domain/identity/plage-roles";

/** A PLAGE account of the local ATIH stand-in. All demo passwords are "demo". */
export interface PlageAccount {
  sub: string;
  email: string;
  password: string;
  givenName: string;
  familyName: string;
  profiles: PlageProfile[];
}

const role = (label: string, region?: string) => ({ domain: DISTRILOG_DOMAIN, role: label, ...(region ? { region } : {}) });
const operator = role(PLAGE_ROLE_LABELS.OPERATOR);

export const PLAGE_ACCOUNTS: PlageAccount[] = [
  {
    sub: "plage-0001",
    email: "operateur@clinique-demo.fr",
    password: "demo",
    givenName: "Camille",
    familyName: "Martin",
    profiles: [{ finess: DEMO_FINESS.clinicEt, roles: [operator] }],
  },
  {
    sub: "plage-0002",
    email: "operateur@ehpad-demo.fr",
    password: "demo",
    givenName: "Nadia",
    familyName: "Benali",
    profiles: [{ finess: DEMO_FINESS.ehpadEt, roles: [operator] }],
  },
  {
    sub: "plage-0003",
    email: "operateur.et@chu-demo.fr",
    password: "demo",
    givenName: "Julien",
    familyName: "Roux",
    profiles: [{ finess: DEMO_FINESS.chuEtNord, roles: [operator] }],
  },
  {
    sub: "plage-0004",
    email: "operateur@chu-demo.fr",
    password: "demo",
    givenName: "Sophie",
    familyName: "Garnier",
    profiles: [{ finess: DEMO_FINESS.chuEj, roles: [operator] }],
  },
  {
    sub: "plage-0005",
    email: "operateur@ch-mono-demo.fr",
    password: "demo",
    givenName: "Paul",
    familyName: "Lefèvre",
    profiles: [{ finess: DEMO_FINESS.chMonoEt, roles: [operator] }],
  },
  {
    sub: "plage-0006",
    email: "operateur@pharmacie-demo.fr",
    password: "demo",
    givenName: "Inès",
    familyName: "Moreau",
    profiles: [{ finess: DEMO_FINESS.pharmacyEt, roles: [operator] }],
  },
  {
    sub: "plage-0007",
    email: "sans-role@clinique-demo.fr",
    password: "demo",
    givenName: "Hugo",
    familyName: "Petit",
    profiles: [{ finess: DEMO_FINESS.clinicEt, roles: [{ domain: "PMSI", role: "Lecteur" }] }],
  },
  {
    sub: "plage-0008",
    email: "multi@demo.fr",
    password: "demo",
    givenName: "Claire",
    familyName: "Dubois",
    profiles: [
      { finess: DEMO_FINESS.ehpadEt, roles: [operator] },
      { finess: DEMO_FINESS.idfClinicEt, roles: [operator] },
    ],
  },
  {
    // Only the inventory role, granted in PLAGE's « EPI Stock » domain as the guide places it: declares stock, cannot order.
    sub: "plage-0021",
    email: "inventaire@clinique-demo.fr",
    password: "demo",
    givenName: "Inès",
    familyName: "Roux",
    profiles: [{ finess: DEMO_FINESS.clinicEt, roles: [{ domain: EPI_STOCK_DOMAIN, role: PLAGE_ROLE_LABELS.INVENTORY_OPERATOR }] }],
  },
  {
    // Two profiles, never registered by any other spec: the registration form lets the user choose which FINESS to bind.
    sub: "plage-0020",
    email: "multi-inscription@demo.fr",
    password: "demo",
    givenName: "Bastien",
    familyName: "Garnier",
    profiles: [
      { finess: DEMO_FINESS.chMonoEt, roles: [operator] },
      { finess: DEMO_FINESS.corsicaEhpadEt, roles: [operator] },
    ],
  },
  {
    // Registered at the Puy-de-Dôme EHPAD, then unbound by the national admin (e2e/users.spec.ts): registers again.
    sub: "plage-0022",
    email: "changement@demo.fr",
    password: "demo",
    givenName: "Léa",
    familyName: "Perrin",
    profiles: [
      { finess: DEMO_FINESS.ehpadEt, roles: [operator] },
      { finess: DEMO_FINESS.chMonoEt, roles: [operator] },
    ],
  },
  {
    sub: "plage-0016",
    email: "operateur@clinique-seine-demo.fr",
    password: "demo",
    givenName: "Yasmine",
    familyName: "Haddad",
    profiles: [{ finess: DEMO_FINESS.idfClinicEt, roles: [operator] }],
  },
  {
    sub: "plage-0017",
    email: "operateur@clinique-reunion-demo.fr",
    password: "demo",
    givenName: "Olivier",
    familyName: "Payet",
    profiles: [{ finess: DEMO_FINESS.reunionClinicEt, roles: [operator] }],
  },
  {
    sub: "plage-0018",
    email: "operateur@ehpad-corse-demo.fr",
    password: "demo",
    givenName: "Marie-Ange",
    familyName: "Santoni",
    profiles: [{ finess: DEMO_FINESS.corsicaEhpadEt, roles: [operator] }],
  },
  {
    sub: "plage-0019",
    email: "operateur@ch-miquelon-demo.fr",
    password: "demo",
    givenName: "Gaël",
    familyName: "Detcheverry",
    profiles: [{ finess: DEMO_FINESS.miquelonHospitalEt, roles: [operator] }],
  },
  {
    sub: "plage-0009",
    email: "ape@clinique-demo.fr",
    password: "demo",
    givenName: "Marc",
    familyName: "Fontaine",
    profiles: [{ finess: DEMO_FINESS.clinicEt, roles: [role(PLAGE_ROLE_LABELS.APE), operator] }],
  },
  {
    sub: "plage-0010",
    email: "ars.ara@demo.fr",
    password: "demo",
    givenName: "Élodie",
    familyName: "Perrin",
    profiles: [{ finess: "690030911", roles: [role(PLAGE_ROLE_LABELS.ARS, "84")] }],
  },
  {
    sub: "plage-0011",
    email: "ars.idf@demo.fr",
    password: "demo",
    givenName: "Thomas",
    familyName: "Lambert",
    profiles: [{ finess: "750057291", roles: [role(PLAGE_ROLE_LABELS.ARS, "11")] }],
  },
  {
    sub: "plage-0012",
    email: "admin@demo.fr",
    password: "demo",
    givenName: "Anne",
    familyName: "Rousseau",
    profiles: [{ finess: "750057291", roles: [role(PLAGE_ROLE_LABELS.NATIONAL_ADMIN)] }],
  },
  {
    sub: "plage-0013",
    email: "logistique@demo.fr",
    password: "demo",
    givenName: "Karim",
    familyName: "Chevalier",
    profiles: [{ finess: "750057291", roles: [role(PLAGE_ROLE_LABELS.LOGISTICS)] }],
  },
  {
    sub: "plage-0200",
    email: "groupement@demo.fr",
    password: "demo",
    givenName: "Hugo",
    familyName: "Lefebvre",
    profiles: [{ finess: "750057291", roles: [role(PLAGE_ROLE_LABELS.CONSORTIUM_OPERATOR)] }],
  },
  {
    sub: "plage-0015",
    email: "ccs@demo.fr",
    password: "demo",
    givenName: "Léa",
    familyName: "Marchand",
    profiles: [{ finess: "750057291", roles: [role(PLAGE_ROLE_LABELS.CRISIS_CENTER)] }],
  },
  // The mutual-aid scenario (prisma/demo/mutual-aid.ts): an EHPAD short of gloves, a hospital of the same département with plenty.
  {
    sub: "plage-0170",
    email: "operateur@ehpad-glycines-demo.fr",
    password: "demo",
    givenName: "Inès",
    familyName: "Roux",
    profiles: [{ finess: MUTUAL_AID_FINESS.ehpadEt, roles: [operator] }],
  },
  {
    sub: "plage-0171",
    email: "operateur@ch-beaujolais-demo.fr",
    password: "demo",
    givenName: "Paul",
    familyName: "Girard",
    profiles: [{ finess: MUTUAL_AID_FINESS.hospitalEt, roles: [operator] }],
  },
];

/**
 * The accounts of one running provider: the seeded ones, which may change while it runs as they do at PLAGE — an APE
 * withdraws a role, then grants it back. Each provider has its own, so that one test's change stays in its stack.
 */
export class AccountDirectory {
  private accounts: PlageAccount[] = structuredClone(PLAGE_ACCOUNTS);

  list(): readonly PlageAccount[] {
    return this.accounts;
  }

  bySubject(sub: string): PlageAccount | undefined {
    return this.accounts.find((a) => a.sub === sub);
  }

  byLogin(login: string): PlageAccount | undefined {
    const email = login.trim().toLowerCase();
    return this.accounts.find((a) => a.email === email);
  }

  /** Removes a role (by its PLAGE label) from every profile of the account; false when there is no such account. */
  withdrawRole(login: string, role: string): boolean {
    const account = this.byLogin(login);
    if (!account) return false;
    account.profiles = account.profiles.map((profile) => ({ ...profile, roles: profile.roles.filter((r) => r.role !== role) }));
    return true;
  }

  /** Gives the account back its seeded profiles. */
  restore(login: string): boolean {
    const account = this.byLogin(login);
    const seeded = account && PLAGE_ACCOUNTS.find((a) => a.sub === account.sub);
    if (!account || !seeded) return false;
    account.profiles = structuredClone(seeded.profiles);
    return true;
  }
}

/** The OpenID claims PLAGE releases for an account (scopes openid, email, profile, plage). */
export function claimsOf(account: PlageAccount) {
  return {
    sub: account.sub,
    email: account.email,
    email_verified: true,
    name: `${account.givenName} ${account.familyName}`,
    given_name: account.givenName,
    family_name: account.familyName,
    plage_profiles: account.profiles,
  };
}
