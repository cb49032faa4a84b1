/**
 * Scale-out: two production instances of the portal on different ports, one PostgreSQL. Nothing lives in an instance
 * that another needs: a session opened on one works on the other, and orders placed through both at once on a scarce
 * stock never oversell it nor exceed a quota; a change of the reference data applies on both at the next request.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { DEMO_FINESS } from "../prisma/demo/establishments";
import { freePort } from "../scripts/lib/ports";
import type { RunningStack } from "../scripts/lib/stack";
import { actionId, callAction, signedInClient } from "./api-client";
import { queryDatabase, registerOperator, startOwnStack } from "./own-stack";

test.describe.configure({ mode: "serial", timeout: 240_000 });

const PACK = 50;
/** Scarce on purpose: 20 boxes for 2 × 16 one-box orders, and 12 boxes of quota per account (the clinic has used 1). */
const STOCK_PACKS = 20;
const QUOTA_PACKS = 12;
const ORDERS_PER_ACCOUNT_PER_INSTANCE = 8;

let stack: RunningStack;
let instanceB: string;
let masks: string;
/** Signed in on instance A by the first test. */
let clinic: APIRequestContext;

type Outcome = { ok: boolean; code?: string; data?: { orderId: string; replayed: boolean } };

const query = <T>(sql: string, values: unknown[] = []) => queryDatabase<T>(stack.databaseUrl, sql, values);

const PLACE_ORDER = () => actionId("app/(etablissement)/commandes/actions.ts", "placeOrderAction");

/** The order form's action, on the instance at `baseUrl`. */
const placeOrderOn = (client: APIRequestContext, baseUrl: string, packs = 1) =>
  callAction<Outcome>(client, `${baseUrl}/commandes/nouvelle`, PLACE_ORDER(), {
    idempotencyKey: randomUUID(),
    kind: "STATE_STOCK",
    lines: [{ productId: masks, packs }],
  });

test.beforeAll(async () => {
  stack = await startOwnStack("scale-out", 60);
  instanceB = (await stack.startExtraApp(await freePort())).url;
  [{ id: masks }] = await query<{ id: string }>(`SELECT id FROM "Product" WHERE reference = 'EPI-MCH-50'`);
});

test.afterAll(async () => {
  await stack?.stop();
});

test("a session opened on instance A works on instance B", async () => {
  clinic = await signedInClient(stack.appUrl, "operateur@clinique-demo.fr");
  await registerOperator(clinic, "operateur@clinique-demo.fr");
  // The same cookies (the signed JWT session), sent to the other instance: no sign-in there.
  const home = await clinic.get(`${instanceB}/accueil`, { maxRedirects: 0 });
  expect(home.status()).toBe(200);
  expect(await home.text()).toContain("CLINIQUE DU PARC");
  expect(await placeOrderOn(clinic, instanceB)).toMatchObject({ ok: true, data: { replayed: false } });
  // A stranger's request to B has no session.
  const anonymous = await fetch(`${instanceB}/accueil`, { redirect: "manual" });
  expect(anonymous.status).toBeGreaterThanOrEqual(300);
  expect(anonymous.status).toBeLessThan(400);
});

test("orders through both instances at once on a scarce stock: stock ≥ 0, stock + ordered = initial, quotas kept", async () => {
  // NEXTAUTH_URL is the one public address (the load balancer's): sign-in goes through it, whichever instance answers.
  const ehpad = await signedInClient(stack.appUrl, "operateur@ehpad-demo.fr");
  await registerOperator(ehpad, "operateur@ehpad-demo.fr");
  // The stock made scarce, a known quota per account (an override of the week). The audit log is append-only: the
  // first test's order stays, and the units ordered are counted from here.
  const orderedUnits = async () =>
    (await query<{ units: number }>(`SELECT COALESCE(sum(units), 0)::int AS units FROM "OrderLine" WHERE "productId" = $1`, [masks]))[0].units;
  const orderedBefore = await orderedUnits();
  const [{ ordersBefore }] = await query<{ ordersBefore: number }>(`SELECT count(*)::int AS "ordersBefore" FROM "Order"`);
  await query(`UPDATE "NationalStock" SET quantity = $1 WHERE "productId" = $2`, [STOCK_PACKS * PACK, masks]);
  for (const finess of [DEMO_FINESS.clinicEt, DEMO_FINESS.ehpadEt]) {
    await query(
      `INSERT INTO "QuotaOverride" (id, "establishmentFiness", "categoryCode", "weeklyUnits", reason)
       VALUES ($1, $2, 'MASQUES_CHIRURGICAUX', $3, 'Test de montée en charge')`,
      [randomUUID(), finess, QUOTA_PACKS * PACK],
    );
  }

  // 2 accounts × 2 instances × 8 one-box orders, all in flight together: 32 orders for 20 boxes.
  const calls = [clinic, ehpad].flatMap((client) =>
    [stack.appUrl, instanceB].flatMap((url) => Array.from({ length: ORDERS_PER_ACCOUNT_PER_INSTANCE }, () => ({ client, url }))),
  );
  const outcomes = await Promise.all(calls.map(({ client, url }) => placeOrderOn(client, url).then((outcome) => ({ url, outcome }))));

  // Every call got an answer of the portal: placed, or refused with what still fits — never an error.
  const placed = outcomes.filter(({ outcome }) => outcome.ok);
  expect(outcomes.filter(({ outcome }) => !outcome.ok && outcome.code === "ORDER_EXCEEDS_LIMITS")).toHaveLength(calls.length - placed.length);
  // Both instances placed orders.
  expect(new Set(placed.map(({ url }) => url))).toEqual(new Set([stack.appUrl, instanceB]));

  const [{ quantity }] = await query<{ quantity: number }>(`SELECT quantity FROM "NationalStock" WHERE "productId" = $1`, [masks]);
  const ordered = (await orderedUnits()) - orderedBefore;
  const [{ orders }] = await query<{ orders: number }>(`SELECT count(*)::int AS orders FROM "Order"`);
  expect(quantity).toBeGreaterThanOrEqual(0);
  expect(quantity + ordered).toBe(STOCK_PACKS * PACK);
  // Demand (32 boxes) exceeds both limits: the stock is used up exactly, each acknowledged order is in the database.
  expect(quantity).toBe(0);
  expect(orders - ordersBefore).toBe(placed.length);
  expect(placed).toHaveLength(STOCK_PACKS);
  const [{ orphans }] = await query<{ orphans: number }>(
    `SELECT count(*)::int AS orphans FROM "Order" o WHERE NOT EXISTS (SELECT 1 FROM "OrderLine" l WHERE l."orderId" = o.id)`,
  );
  expect(orphans).toBe(0);

  const usage = await query<{ accountFiness: string; usedUnits: number; ordered: number }>(
    `SELECT u."accountFiness", u."usedUnits",
            (SELECT COALESCE(sum(l.units), 0)::int FROM "Order" o JOIN "OrderLine" l ON l."orderId" = o.id
              WHERE o."accountFiness" = u."accountFiness" AND o.week = u.week) AS ordered
       FROM "WeeklyQuotaUsage" u WHERE u."categoryCode" = 'MASQUES_CHIRURGICAUX'`,
  );
  expect(usage).toHaveLength(2);
  for (const account of usage) {
    expect(account.usedUnits, account.accountFiness).toBeLessThanOrEqual(QUOTA_PACKS * PACK);
    expect(account.usedUnits, account.accountFiness).toBe(account.ordered);
  }
});

test("a reference change (a decree ended, then resumed) applies at the next order on both instances", async () => {
  // Both instances have placed orders: each has the decrees in its cache of the reference data.
  const [decree] = await query<{ id: string }>(`SELECT id FROM "TensionDecree" WHERE "categoryCode" = 'MASQUES_CHIRURGICAUX' AND "endsAt" IS NULL`);
  await query(`UPDATE "TensionDecree" SET "endsAt" = (now() AT TIME ZONE 'UTC') - interval '1 second' WHERE id = $1`, [decree.id]);
  for (const url of [stack.appUrl, instanceB]) {
    expect(await placeOrderOn(clinic, url), url).toMatchObject({ ok: false, code: "PRODUCT_NOT_IN_TENSION" });
  }
  await query(`UPDATE "TensionDecree" SET "endsAt" = NULL WHERE id = $1`, [decree.id]);
  // In tension again: the order reaches the stock, used up by the previous test.
  for (const url of [stack.appUrl, instanceB]) {
    expect(await placeOrderOn(clinic, url), url).toMatchObject({ ok: false, code: "ORDER_EXCEEDS_LIMITS" });
  }
});
