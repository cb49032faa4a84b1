/**
 * P1 — the weekly rush: 30 000 establishments (valid FINESS, every département with an ARS) each place one order
 * over HTTP against the production build, 200 clients at once, on a scarce national stock. Next to it, the floor:
 * the same order transaction in bare SQL through `pg`, at the same concurrency.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { isoWeekOf, shiftedWeek } from "../lib/domain/time/paris-time";
import { actionIdFromManifest } from "./action-id";
import { generatedEstablishment, insertGeneratedEstablishments } from "./generated-establishments";
import { sampleHealth } from "./health-sampler";
import { samplePeakMemory } from "./peak-memory";
import { withProductionStack } from "./production-stack";
import { percentile, round, seconds, type BenchScenario } from "./scenario";
import { signedInOperators } from "./signed-in-users";

const ESTABLISHMENTS = 30_000;
const CONCURRENCY = 200;
const POOL_SIZE = 20;
const PACKS = 2; // FFP2 boxes of 20: 40 masks per order
const SCARCE_STOCK = 1_000_000; // 25 000 orders' worth: the last 5 000 find the stock empty

async function seedEstablishmentsAndUsers(client: pg.Client, secret: string): Promise<{ accounts: string[]; sessions: string[] }> {
  await insertGeneratedEstablishments(client, ESTABLISHMENTS);
  const accounts = Array.from({ length: ESTABLISHMENTS }, (_, i) => generatedEstablishment(i).finess);
  return { accounts, sessions: await signedInOperators(client, accounts, secret) };
}

/** Runs the tasks, `concurrency` at a time, each client taking the next one as soon as its own is answered. */
async function run<T>(tasks: Iterable<() => Promise<T>>, concurrency: number): Promise<{ results: T[]; latencies: number[]; seconds: number }> {
  const results: T[] = [];
  const latencies: number[] = [];
  const queue = tasks[Symbol.iterator]();
  const t0 = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let task = queue.next(); !task.done; task = queue.next()) {
        const started = process.hrtime.bigint();
        results.push(await task.value());
        latencies.push(seconds(started) * 1000);
      }
    }),
  );
  return { results, latencies: latencies.sort((a, b) => a - b), seconds: seconds(t0) };
}

/** The order transaction of lib/server/orders/place-order.ts, statement for statement, in bare SQL. */
async function floorOrder(pool: pg.Pool, account: string, productId: string, week: string, allowed: number): Promise<boolean> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const order = await client.query(
      `INSERT INTO "Order" (id, "accountFiness", "deliveryFiness", kind, status, week, carrier, "totalCents", "idempotencyKey", "createdById", "updatedAt")
       VALUES ($1, $2, $2, 'STATE_STOCK', 'SUBMITTED', $3, 'LA_POSTE', 0, $4, 'bench', now()) RETURNING id, number`,
      [randomUUID(), account, week, randomUUID()],
    );
    const units = PACKS * 20;
    const quota = await client.query(
      `INSERT INTO "WeeklyQuotaUsage" ("accountFiness", "categoryCode", week, "usedUnits") VALUES ($1, 'MASQUES_FFP2', $2, $3)
       ON CONFLICT ("accountFiness", "categoryCode", week) DO UPDATE SET "usedUnits" = "WeeklyQuotaUsage"."usedUnits" + EXCLUDED."usedUnits"
       WHERE "WeeklyQuotaUsage"."usedUnits" + EXCLUDED."usedUnits" <= $4 RETURNING "usedUnits"`,
      [account, week, units, allowed],
    );
    const stock = quota.rowCount
      ? await client.query(`UPDATE "NationalStock" SET quantity = quantity - $2, "updatedAt" = now() WHERE "productId" = $1 AND quantity >= $2`, [productId, units])
      : { rowCount: 0 };
    if (!stock.rowCount) {
      await client.query("ROLLBACK");
      return false;
    }
    await client.query(
      `INSERT INTO "OrderLine" (id, "orderId", "productId", "categoryCode", packs, units, "unitPriceCents") VALUES ($1, $2, $3, 'MASQUES_FFP2', $4, $5, 0)`,
      [randomUUID(), order.rows[0].id, productId, PACKS, units],
    );
    await client.query(
      `INSERT INTO "AuditLog" ("actorId", action, "entityType", "entityId", after) VALUES ('bench', 'order.place', 'Order', $1, $2)`,
      [order.rows[0].id, JSON.stringify({ number: order.rows[0].number })],
    );
    await client.query("COMMIT");
    return true;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

/**
 * The ceiling of the production server on this machine: its cheapest answer (/api/health, from the last probe, no
 * query) at the rush's concurrency for a few seconds. An order cannot be served faster than that, whatever it does.
 */
async function serverCeiling(appUrl: string): Promise<{ ceilingPerSecond: number; ceilingP95ms: number }> {
  const end = Date.now() + 10_000;
  const check = async () => {
    const response = await fetch(`${appUrl}/api/health`);
    await response.arrayBuffer();
    return response.status === 200;
  };
  // A check for whoever is free, until the 10 s are over.
  function* checks() {
    while (Date.now() < end) yield check;
  }
  const { results, latencies, seconds: took } = await run(checks(), CONCURRENCY);
  return { ceilingPerSecond: Math.round(results.filter(Boolean).length / took), ceilingP95ms: round(percentile(latencies, 95), 1) };
}

async function invariants(client: pg.Client, productId: string, initialStock: number) {
  const { rows } = await client.query(
    `SELECT (SELECT quantity FROM "NationalStock" WHERE "productId" = $1) AS stock,
            (SELECT COALESCE(sum(units), 0)::int FROM "OrderLine" WHERE "productId" = $1) AS ordered,
            (SELECT count(*)::int FROM "Order" o WHERE NOT EXISTS (SELECT 1 FROM "OrderLine" l WHERE l."orderId" = o.id)) AS "ordersWithoutLines"`,
    [productId],
  );
  const { stock, ordered, ordersWithoutLines } = rows[0];
  return stock >= 0 && stock + ordered === initialStock && ordersWithoutLines === 0;
}

export const weeklyRushScenario: BenchScenario = {
  name: "weekly-rush",
  description: `P1 — ${ESTABLISHMENTS} établissements commandent en HTTP, ${CONCURRENCY} clients simultanés, vs la même transaction en SQL nu`,
  async run() {
    process.env.DATABASE_POOL_SIZE = String(POOL_SIZE);
    return withProductionStack("rush", async ({ stack, client, secret }) => {
      const { accounts, sessions } = await seedEstablishmentsAndUsers(client, secret);
      const { rows: [ffp2] } = await client.query(`SELECT id FROM "Product" WHERE reference = 'EPI-FFP2-20'`);
      await client.query(`UPDATE "NationalStock" SET quantity = $2 WHERE "productId" = $1`, [ffp2.id, SCARCE_STOCK]);
      const action = actionIdFromManifest("app/(etablissement)/commandes/actions.ts", "placeOrderAction");
      process.stdout.write(`  ${ESTABLISHMENTS} commandes HTTP, ${CONCURRENCY} clients, /api/health toutes les 100 ms…\n`);
      const health = sampleHealth(stack.appUrl);
      const memory = samplePeakMemory(stack.appPid());
      const http = await run(
        sessions.map((session) => async () => {
          const response = await fetch(`${stack.appUrl}/commandes/nouvelle`, {
            method: "POST",
            headers: {
              "next-action": action,
              "content-type": "text/plain;charset=UTF-8",
              accept: "text/x-component",
              cookie: `next-auth.session-token=${session}`,
            },
            body: JSON.stringify([{ idempotencyKey: randomUUID(), kind: "STATE_STOCK", lines: [{ productId: ffp2.id, packs: PACKS }] }]),
          });
          const text = await response.text();
          return response.ok && text.includes('"ok":true') ? "placed" : text.includes('"code":"ORDER_EXCEEDS_LIMITS"') ? "refused" : "error";
        }),
        CONCURRENCY,
      );
      const healthUnderRush = await health.stop();
      const memoryUnderRush = memory.stop();
      process.stdout.write(`  plafond du serveur : /api/health, ${CONCURRENCY} clients, 10 s…\n`);
      const ceiling = await serverCeiling(stack.appUrl);
      const placed = http.results.filter((r) => r === "placed").length;
      const httpInvariant = await invariants(client, ffp2.id, SCARCE_STOCK);

      // The floor, on a fresh week and a refilled stock, for the same accounts and concurrency.
      await client.query(`UPDATE "NationalStock" SET quantity = $2 WHERE "productId" = $1`, [ffp2.id, SCARCE_STOCK]);
      await client.query(`DELETE FROM "OrderLine"; DELETE FROM "Order";`);
      const pool = new pg.Pool({ connectionString: stack.databaseUrl, max: POOL_SIZE });
      const week = shiftedWeek(isoWeekOf(new Date()), 1).key;
      process.stdout.write(`  même transaction en SQL nu…\n`);
      const floor = await run(accounts.map((account) => () => floorOrder(pool, account, ffp2.id, week, 1_000_000)), CONCURRENCY);
      await pool.end();
      const floorInvariant = await invariants(client, ffp2.id, SCARCE_STOCK);
      return {
        orders: ESTABLISHMENTS,
        concurrency: CONCURRENCY,
        httpSeconds: round(http.seconds, 1),
        httpOrdersPerSecond: Math.round(ESTABLISHMENTS / http.seconds),
        httpP50ms: round(percentile(http.latencies, 50), 1),
        httpP95ms: round(percentile(http.latencies, 95), 1),
        httpP99ms: round(percentile(http.latencies, 99), 1),
        placed,
        refusedStockEmpty: http.results.filter((r) => r === "refused").length,
        errors: http.results.filter((r) => r === "error").length,
        ...healthUnderRush,
        ...memoryUnderRush,
        invariantHttp: httpInvariant && placed === SCARCE_STOCK / (PACKS * 20),
        floorSeconds: round(floor.seconds, 1),
        floorOrdersPerSecond: Math.round(ESTABLISHMENTS / floor.seconds),
        floorP50ms: round(percentile(floor.latencies, 50), 1),
        floorP99ms: round(percentile(floor.latencies, 99), 1),
        invariantFloor: floorInvariant && floor.results.filter(Boolean).length === SCARCE_STOCK / (PACKS * 20),
        ratioFullStackToFloor: round(http.seconds / floor.seconds, 1),
        ...ceiling,
      };
    });
  },
};
