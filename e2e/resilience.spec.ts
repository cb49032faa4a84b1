/**
 * Crash and recovery, on a portal of its own (production build, persistent embedded PostgreSQL): the app is killed
 * with SIGKILL in the middle of a burst of orders, and PostgreSQL is restarted under the running app.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import { randomUUID } from "node:crypto";
import type { RunningStack } from "../scripts/lib/stack";
import { actionId, callAction, signedInClient } from "./api-client";
import { DEMO_FINESS } from "../prisma/demo/establishments";
import { queryDatabase, registerOperator, startOwnStack } from "./own-stack";

test.describe.configure({ mode: "serial", timeout: 180_000 });

let stack: RunningStack;
let operator: APIRequestContext;
let surgicalMasks: string;

type Outcome = { ok: boolean; code?: string; data?: { orderId: string } };

const placeOrder = (input: unknown) =>
  callAction<Outcome>(operator, "/commandes/nouvelle", actionId("app/(etablissement)/commandes/actions.ts", "placeOrderAction"), input);

const query = <T>(sql: string, values: unknown[] = []) => queryDatabase<T>(stack.databaseUrl, sql, values);

test.beforeAll(async () => {
  stack = await startOwnStack("resilience", 50, { persistent: true });
  operator = await signedInClient(stack.appUrl, "operateur@clinique-demo.fr");
  await registerOperator(operator, "operateur@clinique-demo.fr");
  [{ id: surgicalMasks }] = await query<{ id: string }>(`SELECT id FROM "Product" WHERE reference = 'EPI-MCH-50'`);
  // A quota the bursts cannot use up, however many orders a fast machine places before the kill: these tests are
  // about crashes, and an exhausted quota would refuse the orders that prove the app serves again.
  await query(
    `INSERT INTO "QuotaOverride" (id, "establishmentFiness", "categoryCode", "weeklyUnits", reason)
     VALUES ($1, $2, 'MASQUES_CHIRURGICAUX', 1000000, 'Test de reprise après panne')`,
    [randomUUID(), DEMO_FINESS.clinicEt],
  );
});

test.afterAll(async () => {
  await stack?.stop();
});

test("kill -9 in the middle of a burst: every acknowledged order is in the database, complete; none is partial", async () => {
  const acknowledged: string[] = [];
  const order = () => ({ idempotencyKey: randomUUID(), kind: "STATE_STOCK", lines: [{ productId: surgicalMasks, packs: 1 }] });
  let crashed = false;
  const burst = Promise.allSettled(
    Array.from({ length: 8 }, async () => {
      // Eight clients in a loop until the server dies under them.
      while (!crashed) {
        const outcome = await placeOrder(order());
        if (outcome.ok && outcome.data) acknowledged.push(outcome.data.orderId);
      }
    }),
  );
  await expect.poll(() => acknowledged.length, { timeout: 60_000 }).toBeGreaterThanOrEqual(10);
  await stack.killApp();
  crashed = true;
  await burst;
  await stack.startApp();

  const orders = await query<{ id: string; lines: number; audits: number }>(
    `SELECT o.id, (SELECT count(*)::int FROM "OrderLine" l WHERE l."orderId" = o.id) AS lines,
            (SELECT count(*)::int FROM "AuditLog" a WHERE a."entityId" = o.id AND a.action = 'order.place') AS audits
       FROM "Order" o`,
  );
  const stored = new Map(orders.map((o) => [o.id, o]));
  for (const id of acknowledged) expect(stored.get(id), `commande acquittée ${id}`).toMatchObject({ lines: 1, audits: 1 });
  expect(orders.filter((o) => o.lines !== 1 || o.audits !== 1)).toEqual([]);
  // Quota and stock moved by exactly the orders that exist.
  const [{ used }] = await query<{ used: number }>(`SELECT COALESCE(sum("usedUnits"), 0)::int AS used FROM "WeeklyQuotaUsage"`);
  const [{ stock }] = await query<{ stock: number }>(`SELECT quantity AS stock FROM "NationalStock" WHERE "productId" = $1`, [surgicalMasks]);
  expect(used).toBe(orders.length * 50);
  expect(stock).toBe(2_000_000 - orders.length * 50);
  // The restarted app serves orders again.
  const placed = await placeOrder(order());
  expect(placed, JSON.stringify(placed)).toMatchObject({ ok: true });
});

test("PostgreSQL restarts under the running app: the app recovers without being restarted", async () => {
  const order = () => ({ idempotencyKey: randomUUID(), kind: "STATE_STOCK", lines: [{ productId: surgicalMasks, packs: 1 }] });
  expect((await placeOrder(order())).ok).toBe(true);
  await stack.restartDatabase();
  // Pooled connections died with the server; the pool replaces them. Allow the first calls to fail cleanly.
  await expect
    .poll(async () => (await placeOrder(order()).catch(() => ({ ok: false }) as Outcome)).ok, { timeout: 30_000 })
    .toBe(true);
  const home = await operator.get("/accueil");
  expect(home.status()).toBe(200);
  expect(await home.text()).toContain("CLINIQUE DU PARC");
});
