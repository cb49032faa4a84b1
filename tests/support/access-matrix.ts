/**
 * The authorization matrix: one entry per exported server action and per route handler method of `app/`, saying who
 * may call it, an input that succeeds, and — for entries scoped to an establishment or a region — an input aimed at
 * someone else's. tests/authorization-matrix.int.test.ts runs every entry against every role; the fuzz tests reuse the
 * allowed actors and valid inputs. The discovery test fails when `app/` exports something this table does not list.
 */
import { randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { NextRequest } from "next/server";
import { claimsOf, PLAGE_ACCOUNTS } from "@/idp/accounts";
import { dayOfWeek, isoWeekOf, parisDateKey, parseWeekKey, shiftWeek } from "@/lib/domain/time/paris-time";
import { APP_ROLES, AUDIT_READING, CONTACT_ANSWERING, COVER_READING, DASHBOARD_READING, ESTABLISHMENT_ROLES, rolesWith, type AppRole, type CapabilityNeed } from "@/lib/domain/permissions/permissions";
import type { ActionResult } from "@/lib/server/action";
import type { Actor } from "@/lib/server/actor";
import { storeContactMessage } from "@/lib/server/contact/messages";
import { db } from "@/lib/server/db";
import { recordSignIn } from "@/lib/server/repositories/users";
import { openSession } from "@/lib/server/sessions";
import { plageClaimsSchema } from "@/lib/schemas/plage";
import { DEMO_FINESS } from "@/prisma/demo/establishments";
import { MUTUAL_AID_FINESS } from "@/prisma/demo/mutual-aid";
import { seedDemo } from "@/prisma/seed";
import { resetDatabase } from "../database";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const ROUTE_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

// ---------------------------------------------------------------------------------------------------------------------
// Who calls

/** The seven portal roles, a signed-in user refused access (no role counts), and nobody signed in. */
export type Caller = AppRole | "refused" | "anonymous";
export const CALLERS: readonly Caller[] = [...APP_ROLES, "refused", "anonymous"];

/** Where each caller acts from: establishment users for the clinic of Lyon, the ARS for Auvergne-Rhône-Alpes. */
export const HOME = {
  establishment: DEMO_FINESS.clinicEt, // 69, region 84
  region: "84",
  /** Another establishment (EHPAD, 63) and another region (Île-de-France) with its département 92. */
  foreignEstablishment: DEMO_FINESS.ehpadEt,
  foreignRegion: "11",
  foreignDepartement: "92",
} as const;

export interface Fixtures {
  actors: Record<Exclude<Caller, "anonymous">, Actor>;
  /** The demo product ids by reference. */
  products: Record<string, string>;
}

let fixtures: Fixtures | null = null;

export function matrixFixtures(): Fixtures {
  if (!fixtures) throw new Error("setUpMatrixFixtures() n'a pas été appelé.");
  return fixtures;
}

/** A blank database with the demo data, one registered user per role and one refused user. */
export async function setUpMatrixFixtures(): Promise<Fixtures> {
  await resetDatabase();
  await seedDemo(db());
  const actors = {} as Fixtures["actors"];
  for (const role of APP_ROLES) {
    const establishment = ESTABLISHMENT_ROLES.includes(role);
    const email = `matrice.${role.toLowerCase().replace(/_/g, "-")}@demo.fr`;
    const user = await db().user.create({
      data: {
        email,
        plageSubject: `plage-matrice-${role}`,
        roles: [role],
        regionCode: role === "ARS" ? HOME.region : null,
        boundFiness: establishment ? HOME.establishment : null,
        registeredAt: new Date(),
        deliveryContactName: "Magasin central",
        deliveryContactPhone: "04 72 00 00 01",
        openingHours: "Du lundi au vendredi, 8h–16h",
      },
    });
    actors[role] = {
      id: user.id,
      email,
      roles: [role],
      regionCode: role === "ARS" ? HOME.region : null,
      establishmentFiness: establishment ? HOME.establishment : null,
    };
  }
  // A pharmacy (category 620) is not eligible: PLAGE says operator, the portal counts no role.
  const refused = await signIn("operateur@pharmacie-demo.fr");
  actors.refused = { id: refused.id, email: refused.email, roles: [], regionCode: null, establishmentFiness: null };
  const products = Object.fromEntries((await db().product.findMany()).map((p) => [p.reference, p.id]));
  fixtures = { actors, products };
  return fixtures;
}

/** A user as recorded at a PLAGE sign-in of a demo account, under a fresh e-mail when `alias` is given. */
export async function signIn(email: string, alias?: string) {
  const account = PLAGE_ACCOUNTS.find((a) => a.email === email);
  if (!account) throw new Error(`Compte PLAGE inconnu : ${email}`);
  const claims = { ...claimsOf(account), ...(alias ? { email: alias, sub: `plage-${alias}` } : {}) };
  const { id } = await recordSignIn(plageClaimsSchema.parse(claims));
  return { id, email: claims.email };
}

export function actorOf(caller: Caller): Actor | null {
  return caller === "anonymous" ? null : matrixFixtures().actors[caller];
}

// ---------------------------------------------------------------------------------------------------------------------
// What is called

/** A route handler's request: a path with its query, and for a body-carrying method, the body. */
export interface RouteInput {
  path: string;
  method?: (typeof ROUTE_METHODS)[number];
  body?: string;
  headers?: Record<string, string>;
  /** The dynamic segments the handler receives, e.g. { nextauth: ["session"] }. */
  params?: Record<string, string | string[]>;
}

/** One call: the input, and the actor to call as when the entry's first allowed caller is not the right one. */
export interface Call {
  input: unknown;
  as?: Actor;
}

/**
 * "public": anyone, signed in or not; "signed-in": any signed-in user (the wrapper's `signedInAction`); else the
 * capability of the permission table (or any of several), whose roles the table gives.
 */
export type Access = "public" | "signed-in" | CapabilityNeed;

export interface MatrixEntry {
  /** The module, relative to the repository: `app/…/actions.ts` or `app/…/route.ts`. */
  file: string;
  /** The export: an action's name, or a route's HTTP method. */
  name: string;
  access: Access;
  /** An input an allowed caller succeeds with (built fresh at each call: calling it may change the database). */
  valid: () => Promise<Call>;
  /**
   * For an entry scoped to the caller's establishment or region: per allowed role, an input aimed at another
   * establishment or region — refused, changing nothing. Absent: the entry has no such scope (national, public).
   */
  foreign?: Partial<Record<AppRole, () => Promise<unknown>>>;
  /** Why the entry cannot be called here, if it cannot (then only its presence is checked). */
  notCallable?: string;
}

export const entryKey = (entry: Pick<MatrixEntry, "file" | "name">) => `${entry.file}#${entry.name}`;
export const isRoute = (entry: Pick<MatrixEntry, "file">) => entry.file.endsWith("/route.ts");

/** Whether the access rule lets a caller through. */
export function allows(access: Access, caller: Caller): boolean {
  if (access === "public") return true;
  if (caller === "anonymous") return false;
  if (access === "signed-in") return true;
  return caller !== "refused" && rolesWith(access).includes(caller);
}

/** The callers an entry lets through, first the one its valid input is meant for. */
export function allowedCallers(entry: Pick<MatrixEntry, "access">): Caller[] {
  return CALLERS.filter((caller) => allows(entry.access, caller));
}

// ---------------------------------------------------------------------------------------------------------------------
// Test data the valid and foreign inputs need

let sequence = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${(sequence += 1)}`;

/**
 * An order written straight to the database for an establishment, as its operator would have placed it: from the
 * state stock, which the logistics team moves (a consortium order is the consortium's).
 */
export async function createOrder(accountFiness: string, status: "SUBMITTED" | "IN_PREPARATION" | "SHIPPED" = "SUBMITTED", kind: "STATE_STOCK" | "CONSORTIUM" = "STATE_STOCK") {
  const { actors, products } = matrixFixtures();
  const productId = products["EPI-GNT-100"];
  return db().order.create({
    data: {
      accountFiness,
      deliveryFiness: accountFiness,
      kind,
      status,
      week: isoWeekOf(new Date()).key,
      carrier: "LA_POSTE",
      totalCents: kind === "CONSORTIUM" ? 500 : 0,
      idempotencyKey: unique("matrice"),
      createdById: actors.OPERATOR.id,
      lines: { create: [{ productId, categoryCode: "GANTS", packs: 1, units: 100, unitPriceCents: kind === "CONSORTIUM" ? 5 : 0 }] },
    },
  });
}

/** The receipt of an order as it was shipped: every pack counted. */
async function receiptOf(order: { id: string }) {
  const lines = await db().orderLine.findMany({ where: { orderId: order.id } });
  return { orderId: order.id, lines: lines.map((l) => ({ lineId: l.id, orderedPacks: l.packs, receivedPacks: String(l.packs) })) };
}

/** An EPI category of the test's own, so that decrees and parameters never clash with the demo's. */
export async function createProductCategory() {
  const code = unique("MATRICE").toUpperCase().replace(/-/g, "_").slice(0, 30);
  return db().productCategory.create({ data: { code, name: `Catégorie ${code}`, unitLabel: "unité", sortOrder: 99 } });
}

/** A 3-digit FINESS category code the referential does not hold yet. */
async function unusedFinessCategoryCode(): Promise<string> {
  const taken = new Set((await db().category.findMany({ select: { code: true } })).map((c) => c.code));
  for (let code = 999; code >= 100; code -= 1) if (!taken.has(String(code))) return String(code);
  throw new Error("Plus aucun code de catégorie libre.");
}

/** A product of its own in a category in tension (1 unit a week per bed and place), with 1 000 units in stock. */
async function createProductInTension() {
  const category = await createProductCategory();
  await db().productCategory.update({ where: { code: category.code }, data: { quotaPerCapacityUnit: 1 } });
  await db().tensionDecree.create({ data: { categoryCode: category.code, startsAt: new Date(Date.now() - 86_400_000), reason: "Tension de la matrice" } });
  return db().product.create({
    data: { reference: unique("MAT-ALLOC"), name: "Produit en répartition", categoryCode: category.code, packSize: 10, unitPriceCents: 0, stock: { create: { quantity: 1000 } } },
  });
}

/** This week's fair-allocation round of a product of its own (never the demo's masks, which other entries order). */
async function createAllocationRound(cutoffAt: Date) {
  const product = await createProductInTension();
  return db().allocationRound.create({ data: { productId: product.id, week: isoWeekOf(new Date()).key, cutoffAt } });
}

/** A user of an establishment asking to become its APE (one pending request per user), for its region's ARS to decide. */
async function createApeRequest(accountFiness: string, regionCode: string) {
  const email = `${unique("candidat-ape")}@demo.fr`;
  const user = await db().user.create({
    data: { email, plageSubject: `plage-${email}`, roles: ["OPERATOR"], boundFiness: accountFiness, registeredAt: new Date() },
  });
  return db().apeRequest.create({
    data: { userId: user.id, accountFiness, regionCode, motivation: "Je gère les commandes d'EPI de l'établissement." },
  });
}

/** A pending emergency request filed by the ARS of Auvergne-Rhône-Alpes for the clinic: one box of FFP2. */
async function createEmergencyRequest() {
  const { actors, products } = matrixFixtures();
  return db().emergencyRequest.create({
    data: {
      accountFiness: HOME.establishment,
      deliveryFiness: HOME.establishment,
      regionCode: HOME.region,
      reason: "Rupture de masques FFP2 après un afflux de patients.",
      filedById: actors.ARS.id,
      lines: { create: [{ productId: products["EPI-FFP2-20"], packs: 1 }] },
    },
  });
}

/** A pending quota revision request of an establishment, in a category of its own. */
async function createRevisionRequest(accountFiness: string, regionCode: string) {
  const category = await createProductCategory();
  return db().quotaRevisionRequest.create({
    data: {
      accountFiness,
      regionCode,
      categoryCode: category.code,
      requestedUnits: 100,
      fromWeek: shiftWeek(isoWeekOf(new Date()).key, 1),
      weeks: 2,
      justification: "Épidémie : besoins doublés dans deux services.",
      createdById: matrixFixtures().actors.OPERATOR.id,
    },
  });
}

/** A loan asked of `lenderFiness` by `borrowerFiness`, waiting for the lender's answer: ten gloves. */
async function createLoanRequest(lenderFiness: string, borrowerFiness: string) {
  return db().exchange.create({
    data: {
      regionCode: HOME.region,
      productId: matrixFixtures().products["EPI-GNT-100"],
      lenderFiness,
      borrowerFiness,
      requestedUnits: 10,
      status: "REQUESTED",
      createdById: matrixFixtures().actors.OPERATOR.id,
    },
  });
}

const routeGet = (path: string): RouteInput => ({ path, method: "GET" });

// A real line of the establishments extract (CH de Fleyriat), enough for the upload to be recognised and queued.
const FINESS_EXTRACT_LINE =
  "structureet;010000024;010780054;CH DE FLEYRIAT;CENTRE HOSPITALIER DE BOURG-EN-BRESSE FLEYRIAT;;;900;RTE;DE PARIS;;;451;01;AIN;01440 VIRIAT;0474454647;0474454114;355;Centre Hospitalier (C.H.);1102;Centres Hospitaliers;26010004500012;8610Z;03;ARS établissements Publics de santé dotation globale;1;Etablissement public de santé;1979-02-13;1979-02-13;2020-02-04;\n";

function createImportRun() {
  return db().finessImport.create({ data: { fileName: "etalab-cs1100507.csv", path: "/dev/null" } });
}

// ---------------------------------------------------------------------------------------------------------------------
/** A contact message naming an establishment's FINESS: the region of that establishment answers it. */
async function contactMessageFrom(finess: string): Promise<string> {
  const message = { name: "Jeanne Martin", email: "jeanne.martin@clinique-demo.fr", finess, topic: "commande" as const, message: "Où en est ma commande de masques ?" };
  return (await storeContactMessage(message)).id;
}

// The table

export const MATRIX: MatrixEntry[] = [
  // Public pages
  {
    file: "app/(public)/contact/actions.ts",
    name: "sendContactMessageAction",
    access: "public",
    valid: async () => ({
      input: { name: "Jeanne Martin", email: "jeanne.martin@clinique-demo.fr", finess: "", topic: "commande", message: "Où en est ma commande de masques ?" },
    }),
  },
  {
    file: "app/api/auth/[...nextauth]/route.ts",
    name: "GET",
    access: "public",
    valid: async () => ({ input: routeGet("/api/auth/providers") }),
    notCallable:
      "next-auth lit la requête par require(\"next/headers\"), qui n'existe qu'au sein d'une requête Next.js : le parcours de connexion (state, PKCE, nonce) est vérifié de bout en bout par Playwright.",
  },
  {
    file: "app/api/auth/[...nextauth]/route.ts",
    name: "POST",
    access: "public",
    valid: async () => ({ input: { path: "/api/auth/signout", method: "POST" } satisfies RouteInput }),
    notCallable: "Voir GET : le point d'entrée de next-auth lui-même, public par nature.",
  },
  {
    file: "app/api/health/route.ts",
    name: "GET",
    access: "public",
    valid: async () => ({ input: routeGet("/api/health") }),
  },
  {
    // Open when METRICS_TOKEN is unset (as here); the token itself is checked in tests/observability.int.test.ts.
    file: "app/api/metrics/route.ts",
    name: "GET",
    access: "public",
    valid: async () => ({ input: routeGet("/api/metrics") }),
  },

  // Establishments
  {
    file: "app/(etablissement)/inscription/actions.ts",
    name: "registerAction",
    access: "signed-in",
    // Registration completes a first sign-in: a fresh, not yet registered user of the clinic.
    valid: async () => {
      const user = await signIn("operateur@clinique-demo.fr", `${unique("inscription")}@clinique-demo.fr`);
      return {
        input: {
          finess: DEMO_FINESS.clinicEt,
          jobTitle: "Cadre de santé",
          phone: "04 72 00 00 00",
          deliveryContactName: "Magasin central",
          deliveryContactPhone: "04 72 00 00 01",
          openingHours: "Lundi au vendredi, 8h–16h",
        },
        as: { id: user.id, email: user.email, roles: [], regionCode: null, establishmentFiness: null },
      };
    },
  },
  {
    file: "app/(etablissement)/commandes/actions.ts",
    name: "placeOrderAction",
    access: "order.place",
    valid: async () => ({
      input: { idempotencyKey: randomUUID(), kind: "STATE_STOCK", lines: [{ productId: matrixFixtures().products["EPI-FFP2-20"], packs: 1 }] },
    }),
    foreign: {
      // Delivered to an establishment that is not one of the account's sites.
      OPERATOR: async () => ({
        idempotencyKey: randomUUID(),
        kind: "STATE_STOCK",
        deliveryFiness: HOME.foreignEstablishment,
        lines: [{ productId: matrixFixtures().products["EPI-FFP2-20"], packs: 1 }],
      }),
    },
  },
  {
    file: "app/(etablissement)/commandes/actions.ts",
    name: "cancelOrderAction",
    access: "order.cancel",
    valid: async () => ({ input: { orderId: (await createOrder(HOME.establishment)).id } }),
    foreign: { OPERATOR: async () => ({ orderId: (await createOrder(HOME.foreignEstablishment)).id }) },
  },
  {
    file: "app/(etablissement)/commandes/actions.ts",
    name: "confirmReceiptAction",
    access: "order.receive",
    valid: async () => ({ input: await receiptOf(await createOrder(HOME.establishment, "SHIPPED")) }),
    foreign: { OPERATOR: async () => receiptOf(await createOrder(HOME.foreignEstablishment, "SHIPPED")) },
  },
  {
    file: "app/(etablissement)/stock/actions.ts",
    name: "declareStockAction",
    access: "stock.declare",
    // The account is the actor's own: no input names an establishment.
    valid: async () => ({ input: { countedOn: "", lines: [{ productId: matrixFixtures().products["EPI-FFP2-20"], quantity: "120" }] } }),
  },

  {
    file: "app/(etablissement)/contact-livraison/actions.ts",
    name: "updateDeliveryContactAction",
    access: "delivery-contact.edit",
    // The actor's own contact: nobody else's to aim at.
    valid: async () => ({ input: { deliveryContactName: "Quai de réception", deliveryContactPhone: "04 72 00 00 09", openingHours: "Du lundi au vendredi, 7h–15h" } }),
  },
  {
    file: "app/(etablissement)/allocation/actions.ts",
    name: "requestAllocationAction",
    access: "allocation.request",
    // A national round; the account is the actor's own.
    valid: async () => ({ input: { roundId: (await createAllocationRound(new Date(Date.now() + 3_600_000))).id, packs: "2" } }),
  },
  {
    file: "app/(etablissement)/contingent/actions.ts",
    name: "requestQuotaRevisionAction",
    access: "quota-revision.request",
    // The account is the actor's own; a category of its own, so that no request is already pending.
    valid: async () => ({
      input: {
        categoryCode: (await createProductCategory()).code,
        requestedUnits: "100",
        fromWeek: shiftWeek(isoWeekOf(new Date()).key, 1),
        weeks: "2",
        justification: "Épidémie : besoins doublés dans deux services.",
      },
    }),
  },

  // Mutual aid between establishments
  {
    file: "app/(etablissement)/entraide/actions.ts",
    name: "requestLoanAction",
    access: "exchange.request",
    // The borrower is the actor's own account; the lender, a hospital of the same region.
    valid: async () => ({ input: { lenderFiness: MUTUAL_AID_FINESS.hospitalEt, productId: matrixFixtures().products["EPI-GNT-100"], units: "10", note: "" } }),
    foreign: {
      OPERATOR: async () => ({ lenderFiness: DEMO_FINESS.idfClinicEt, productId: matrixFixtures().products["EPI-GNT-100"], units: "10", note: "" }),
      INVENTORY_OPERATOR: async () => ({ lenderFiness: DEMO_FINESS.idfClinicEt, productId: matrixFixtures().products["EPI-GNT-100"], units: "10", note: "" }),
    },
  },
  {
    file: "app/(etablissement)/entraide/actions.ts",
    name: "offerSurplusAction",
    access: "exchange.request",
    // The lender is the actor's own account, which counted 100 gloves.
    valid: async () => {
      const { actors, products } = matrixFixtures();
      await db().stockDeclaration.create({ data: { accountFiness: HOME.establishment, productId: products["EPI-GNT-100"], quantity: 100, declaredById: actors.OPERATOR.id } });
      return { input: { productId: products["EPI-GNT-100"], units: "10", note: "" } };
    },
  },
  {
    file: "app/(etablissement)/entraide/actions.ts",
    name: "moveExchangeAction",
    access: "exchange.request",
    valid: async () => ({ input: { exchangeId: (await createLoanRequest(HOME.establishment, MUTUAL_AID_FINESS.hospitalEt)).id, to: "DECLINED" } }),
    // A loan between two other establishments.
    foreign: {
      OPERATOR: async () => ({ exchangeId: (await createLoanRequest(MUTUAL_AID_FINESS.hospitalEt, MUTUAL_AID_FINESS.ehpadEt)).id, to: "DECLINED" }),
      INVENTORY_OPERATOR: async () => ({ exchangeId: (await createLoanRequest(MUTUAL_AID_FINESS.hospitalEt, MUTUAL_AID_FINESS.ehpadEt)).id, to: "DECLINED" }),
    },
  },
  {
    file: "app/(ars)/echanges/actions.ts",
    name: "brokerExchangeAction",
    access: "exchange.broker",
    valid: async () => ({
      input: { kind: "LOAN", borrowerFiness: HOME.establishment, lenderFiness: MUTUAL_AID_FINESS.hospitalEt, productId: matrixFixtures().products["EPI-GNT-100"], units: "10", note: "" },
    }),
    // Two establishments of Île-de-France.
    foreign: {
      ARS: async () => ({
        kind: "LOAN",
        borrowerFiness: DEMO_FINESS.idfClinicEt,
        lenderFiness: DEMO_FINESS.pharmacyEt,
        productId: matrixFixtures().products["EPI-GNT-100"],
        units: "10",
        note: "",
      }),
    },
  },

  // FINESS referential imports (national)
  {
    file: "app/api/admin/imports-finess/route.ts",
    name: "POST",
    access: "referential.import",
    valid: async () => ({ input: { path: "/api/admin/imports-finess?fichier=extrait.csv", method: "POST", body: FINESS_EXTRACT_LINE } }),
  },
  {
    file: "app/api/admin/imports-finess/[id]/route.ts",
    name: "GET",
    access: "referential.import",
    valid: async () => ({ input: { ...routeGet("/api/admin/imports-finess/x"), params: { id: (await createImportRun()).id } } }),
  },
  {
    file: "app/api/admin/imports-finess/[id]/rejets/route.ts",
    name: "GET",
    access: "referential.import",
    valid: async () => ({ input: { ...routeGet("/api/admin/imports-finess/x/rejets"), params: { id: (await createImportRun()).id } } }),
  },

  // Logistics (national)
  {
    file: "app/(logistique)/logistique/actions.ts",
    name: "advanceOrderAction",
    access: "order.advance",
    valid: async () => ({ input: { orderId: (await createOrder(HOME.establishment)).id, to: "IN_PREPARATION" } }),
  },
  {
    file: "app/(logistique)/logistique/actions.ts",
    name: "advanceOrdersAction",
    access: "order.advance",
    valid: async () => ({ input: { orderIds: [(await createOrder(HOME.establishment)).id], to: "IN_PREPARATION" } }),
  },
  {
    file: "app/(logistique)/logistique/actions.ts",
    name: "uploadTrackingAction",
    access: "order.advance",
    valid: async () => {
      const { number } = await createOrder(HOME.establishment, "IN_PREPARATION");
      return { input: { csv: `N° commande;N° de suivi\r\n${number};TRK-${number}\r\n` } };
    },
  },
  {
    file: "app/(logistique)/logistique/preparation/route.ts",
    name: "GET",
    access: "logistics.read",
    valid: async () => ({ input: routeGet(`/logistique/preparation?semaine=${isoWeekOf(new Date()).key}`) }),
  },

  // The RESAH – UniHA consortium (national)
  {
    file: "app/(groupement)/groupement/actions.ts",
    name: "advanceConsortiumOrderAction",
    access: "consortium.advance",
    valid: async () => ({ input: { orderId: (await createOrder(HOME.establishment, "SUBMITTED", "CONSORTIUM")).id, to: "CONFIRMED" } }),
  },
  {
    file: "app/(groupement)/groupement/export/route.ts",
    name: "GET",
    access: "consortium.read",
    valid: async () => ({ input: routeGet("/groupement/export") }),
  },

  // ARS reporting
  {
    file: "app/(ars)/tableau-de-bord/export/route.ts",
    name: "GET",
    access: DASHBOARD_READING,
    valid: async () => ({ input: routeGet("/tableau-de-bord/export?format=csv") }),
    foreign: {
      ARS: async () => routeGet(`/tableau-de-bord/export?format=csv&region=${HOME.foreignRegion}`),
    },
  },

  // APE and emergency requests
  {
    file: "app/(etablissement)/ape/actions.ts",
    name: "requestApeAction",
    access: "ape.request",
    // The establishment is the actor's own.
    valid: async () => ({ input: { motivation: "Je suis la référente EPI de la clinique depuis trois ans." } }),
  },
  {
    file: "app/(ars)/demandes-ape/actions.ts",
    name: "decideApeRequestAction",
    access: "ape.decide",
    valid: async () => ({
      input: { requestId: (await createApeRequest(HOME.establishment, HOME.region)).id, decision: "REJECTED", reason: "Un APE est déjà désigné." },
    }),
    foreign: { ARS: async () => ({ requestId: (await createApeRequest(DEMO_FINESS.idfClinicEt, HOME.foreignRegion)).id, decision: "APPROVED" }) },
  },
  {
    file: "app/(ars)/depannages/actions.ts",
    name: "fileEmergencyRequestAction",
    access: "emergency.file",
    valid: async () => ({
      input: {
        establishmentFiness: HOME.establishment,
        reason: "Rupture de masques FFP2 après un afflux de patients.",
        localAidTried: "Deux établissements voisins sollicités, sans stock à prêter.",
        lines: [{ productId: matrixFixtures().products["EPI-FFP2-20"], packs: "2" }],
      },
    }),
    // An establishment of another region.
    foreign: {
      ARS: async () => ({
        establishmentFiness: DEMO_FINESS.idfClinicEt,
        reason: "Rupture de masques FFP2 après un afflux de patients.",
        localAidTried: "Deux établissements voisins sollicités, sans stock à prêter.",
        lines: [{ productId: matrixFixtures().products["EPI-FFP2-20"], packs: "2" }],
      }),
    },
  },
  {
    file: "app/(crise)/centre-de-crise/actions.ts",
    name: "decideEmergencyRequestAction",
    access: "emergency.decide",
    // The crisis centre is national: every region's requests are its to decide.
    valid: async () => ({ input: { requestId: (await createEmergencyRequest()).id, decision: "APPROVED" } }),
  },

  // ARS EPI-Stock
  {
    file: "app/(ars)/couverture/export/route.ts",
    name: "GET",
    access: COVER_READING,
    valid: async () => ({ input: routeGet("/couverture/export") }),
    foreign: { ARS: async () => routeGet(`/couverture/export?region=${HOME.foreignRegion}`) },
  },
  {
    file: "app/(ars)/revisions-contingent/actions.ts",
    name: "approveQuotaRevisionAction",
    access: "quota-revision.decide",
    valid: async () => ({ input: { requestId: (await createRevisionRequest(HOME.establishment, HOME.region)).id, grantedUnits: "80" } }),
    foreign: { ARS: async () => ({ requestId: (await createRevisionRequest(DEMO_FINESS.idfClinicEt, HOME.foreignRegion)).id, grantedUnits: "80" }) },
  },
  {
    file: "app/(ars)/revisions-contingent/actions.ts",
    name: "rejectQuotaRevisionAction",
    access: "quota-revision.decide",
    valid: async () => ({ input: { requestId: (await createRevisionRequest(HOME.establishment, HOME.region)).id, reason: "Besoin couvert par le stock régional." } }),
    foreign: {
      ARS: async () => ({ requestId: (await createRevisionRequest(DEMO_FINESS.idfClinicEt, HOME.foreignRegion)).id, reason: "Besoin couvert par le stock régional." }),
    },
  },

  // The journal: national, or the ARS's region (no parameter names another region)
  {
    file: "app/(admin)/admin/journal/export/route.ts",
    name: "GET",
    access: AUDIT_READING,
    valid: async () => ({ input: routeGet("/admin/journal/export?objet=Category") }),
  },

  // National administration
  {
    file: "app/(admin)/admin/categories/actions.ts",
    name: "setCategoryEligibilityAction",
    access: "categories.manage",
    valid: async () => {
      const { eligible } = await db().category.findUniqueOrThrow({ where: { code: "365" } });
      return { input: { code: "365", eligible: !eligible } };
    },
  },
  {
    file: "app/(admin)/admin/categories/actions.ts",
    name: "addEligibleCategoryAction",
    access: "categories.manage",
    valid: async () => ({ input: { code: await unusedFinessCategoryCode(), label: "Catégorie ajoutée par la matrice" } }),
  },
  {
    file: "app/(admin)/admin/utilisateurs/actions.ts",
    name: "endUserSessionsAction",
    access: ["user-sessions.end"],
    valid: async () => {
      const { id } = await signIn("operateur@ehpad-demo.fr");
      await openSession(id, null, new Date());
      return { input: { userId: id } };
    },
  },
  {
    file: "app/(admin)/admin/utilisateurs/actions.ts",
    name: "unbindUserEmailAction",
    access: "user-email.unbind",
    valid: async () => {
      const { id } = await signIn("operateur@ehpad-demo.fr", `${unique("delier")}@demo.fr`);
      await db().user.update({ where: { id }, data: { boundFiness: DEMO_FINESS.ehpadEt, registeredAt: new Date() } });
      return { input: { userId: id } };
    },
  },
  {
    file: "app/(admin)/admin/messages/actions.ts",
    name: "answerContactMessageAction",
    access: CONTACT_ANSWERING,
    valid: async () => ({ input: { messageId: await contactMessageFrom(HOME.establishment), answer: "Elle part demain de l'entrepôt." } }),
    foreign: { ARS: async () => ({ messageId: await contactMessageFrom(DEMO_FINESS.idfClinicEt), answer: "Elle part demain de l'entrepôt." }) },
  },
  {
    file: "app/(admin)/admin/messages/actions.ts",
    name: "takeContactMessageInHandAction",
    access: CONTACT_ANSWERING,
    valid: async () => ({ input: { messageId: await contactMessageFrom(HOME.establishment) } }),
    foreign: { ARS: async () => ({ messageId: await contactMessageFrom(DEMO_FINESS.idfClinicEt) }) },
  },
  {
    file: "app/(admin)/admin/catalogue/actions.ts",
    name: "createProductAction",
    access: "catalogue.manage",
    valid: async () => ({
      input: { reference: unique("MAT-PRD"), name: "Produit de la matrice", categoryCode: "GANTS", packSize: "100", packaging: "BOX", unitPrice: "0,05", active: true },
    }),
  },
  {
    file: "app/(admin)/admin/catalogue/actions.ts",
    name: "updateProductAction",
    access: "catalogue.manage",
    valid: async () => {
      const reference = unique("MAT-UPD");
      const product = await db().product.create({ data: { reference, name: "Avant", categoryCode: "GANTS", packSize: 100, unitPriceCents: 5 } });
      return { input: { id: product.id, reference, name: "Après", categoryCode: "GANTS", packSize: "100", packaging: "BOX", unitPrice: "0,06", active: true } };
    },
  },
  {
    file: "app/(admin)/admin/catalogue/actions.ts",
    name: "updateProductCategoryAction",
    access: "catalogue.manage",
    valid: async () => {
      const category = await createProductCategory();
      return { input: { code: category.code, name: `${category.name} (renommée)`, unitLabel: "pièce" } };
    },
  },
  {
    file: "app/(admin)/admin/quotas/actions.ts",
    name: "updateQuotaParametersAction",
    access: "quotas.manage",
    valid: async () => ({ input: { categoryCode: (await createProductCategory()).code, quotaPerCapacityUnit: "1,5", quotaPerStaffMember: "0,5", fromWeek: shiftWeek(isoWeekOf(new Date()).key, 1) } }),
  },
  {
    file: "app/(admin)/admin/quotas/actions.ts",
    name: "createQuotaOverrideAction",
    access: "quotas.manage",
    valid: async () => ({
      input: { establishmentFiness: HOME.establishment, categoryCode: "GANTS", weeklyUnits: "1 000", fromWeek: "", toWeek: "", reason: "Demande de l'ARS" },
    }),
  },
  {
    file: "app/(admin)/admin/quotas/actions.ts",
    name: "removeQuotaOverrideAction",
    access: "quotas.manage",
    valid: async () => {
      const override = await db().quotaOverride.create({
        data: { establishmentFiness: HOME.establishment, categoryCode: "GANTS", weeklyUnits: 10, reason: "Dérogation de la matrice" },
      });
      return { input: { id: override.id } };
    },
  },
  {
    file: "app/(admin)/admin/quotas/actions.ts",
    name: "setSpfCapacityThresholdAction",
    access: "quotas.manage",
    valid: async () => ({ input: { spfCapacityThreshold: String(500 + (sequence += 1)) } }),
  },
  {
    file: "app/(admin)/admin/stock/actions.ts",
    name: "recordStockReceiptAction",
    access: "national-stock.manage",
    valid: async () => ({ input: { productId: matrixFixtures().products["EPI-GNT-100"], quantity: "1 000", reference: "BL-2026-001" } }),
  },
  {
    file: "app/(admin)/admin/boites-ars/actions.ts",
    name: "setArsMailboxAction",
    access: "ars-mailboxes.manage",
    valid: async () => ({ input: { regionCode: "01", mailbox: "ars-guadeloupe-distrilog-sante@ars.sante.fr" } }),
  },
  {
    file: "app/(admin)/admin/tension/actions.ts",
    name: "createDecreeAction",
    access: "tension.manage",
    valid: async () => ({
      input: { categoryCode: (await createProductCategory()).code, startsAt: "2030-01-07T08:00", endsAt: "", reason: "Arrêté de la matrice" },
    }),
  },
  {
    file: "app/(admin)/admin/tension/actions.ts",
    name: "endDecreeAction",
    access: "tension.manage",
    valid: async () => {
      const category = await createProductCategory();
      const decree = await db().tensionDecree.create({
        data: { categoryCode: category.code, startsAt: new Date(Date.now() - 86_400_000), reason: "Décret en cours" },
      });
      return { input: { id: decree.id } };
    },
  },
  {
    file: "app/(admin)/admin/allocation/actions.ts",
    name: "openAllocationRoundAction",
    access: "allocation.manage",
    // Next week, cut-off on its Wednesday: always ahead, whatever the day the tests run.
    valid: async () => {
      const week = shiftWeek(isoWeekOf(new Date()).key, 1);
      const wednesday = dayOfWeek(parseWeekKey(week)!, 2, 12);
      return { input: { productId: (await createProductInTension()).id, week, cutoffOn: parisDateKey(wednesday), cutoffTime: "12:00" } };
    },
  },
  {
    file: "app/(admin)/admin/allocation/actions.ts",
    name: "runAllocationAction",
    access: "allocation.manage",
    valid: async () => ({ input: { roundId: (await createAllocationRound(new Date(Date.now() - 60_000))).id, force: false } }),
  },
];

// ---------------------------------------------------------------------------------------------------------------------
// Finding what exists, calling it

/** Every `app/**\/actions.ts` and `app/**\/route.ts`, relative to the repository. */
export function appModules(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === "actions.ts" || entry.name === "route.ts") found.push(relative(ROOT, path));
    }
  };
  walk(join(ROOT, "app"));
  return found.sort();
}

export async function importAppModule(file: string): Promise<Record<string, unknown>> {
  return (await import(/* @vite-ignore */ join(ROOT, file))) as Record<string, unknown>;
}

/** The exports a module offers to the outside: every function of an actions.ts, the HTTP methods of a route.ts. */
export async function callableExports(file: string): Promise<string[]> {
  const exported = await importAppModule(file);
  return Object.keys(exported)
    .filter((name) => typeof exported[name] === "function")
    .filter((name) => !file.endsWith("/route.ts") || (ROUTE_METHODS as readonly string[]).includes(name))
    .sort();
}

/** What a call came to, whether an action or a route: success, or a refusal with its code and message (and HTTP status). */
export type Outcome = { ok: true; status?: number } | { ok: false; code: string | null; message: string; details?: unknown; status?: number };

type Action = (input: unknown) => Promise<ActionResult<unknown>>;
type RouteHandler = (request: NextRequest, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

export async function invoke(entry: MatrixEntry, input: unknown): Promise<Outcome> {
  const exported = (await importAppModule(entry.file))[entry.name];
  if (typeof exported !== "function") throw new Error(`${entryKey(entry)} n'est plus exporté.`);
  if (!isRoute(entry)) {
    const result = await (exported as Action)(input);
    return result.ok ? { ok: true } : { ok: false, code: result.code, message: result.message, details: result.details };
  }
  const { path, method = "GET", body, headers, params = {} } = input as RouteInput;
  const request = new NextRequest(new URL(path, "http://localhost:3999"), { method, body, headers });
  const response = await (exported as RouteHandler)(request, { params: Promise.resolve(params) });
  if (response.ok) {
    await response.arrayBuffer();
    return { ok: true, status: response.status };
  }
  return { ok: false, status: response.status, code: response.headers.get("X-Refusal-Code"), message: await response.text() };
}
