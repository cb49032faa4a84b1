import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { compactDepartementWeekUnits } from "@/lib/server/reporting/departement-week-units";
import { seedDemo } from "@/prisma/seed";
import { resetDatabase } from "./database";
import { createOrder, createUser } from "./reporting-factories";

const WEEK = "2026-W47";
const CLINIC = "690812342"; // Rhône
const EHPAD = "690001243"; // Rhône too: the same département's sums
const CH_BELLEY = "010005015"; // Ain

type Sum = { week: string; departementCode: string; categoryCode: string; kind: string; units: number };

/** What the triggers kept, added up per key. */
const kept = () =>
  db().$queryRaw<Sum[]>`
    SELECT "week", "departementCode", "categoryCode", "kind"::text, SUM("units")::int AS "units" FROM "DepartementWeekUnits"
    GROUP BY 1, 2, 3, 4 HAVING SUM("units") <> 0 ORDER BY 1, 2, 3, 4`;

/** The same sums read from the orders themselves. */
const fromOrders = () =>
  db().$queryRaw<Sum[]>`
    SELECT o."week", e."departementCode", l."categoryCode", o."kind"::text, SUM(l."units")::int AS "units"
    FROM "Order" o JOIN "OrderLine" l ON l."orderId" = o."id" JOIN "Establishment" e ON e."finess" = o."deliveryFiness"
    WHERE o."status" <> 'CANCELLED' GROUP BY 1, 2, 3, 4 HAVING SUM(l."units") <> 0 ORDER BY 1, 2, 3, 4`;

let userId = "";
const order = (deliveryFiness: string, lines: Array<{ reference: string; packs: number }>, extra: Partial<Parameters<typeof createOrder>[0]> = {}) =>
  createOrder({ createdById: userId, deliveryFiness, week: WEEK, lines, ...extra });

beforeAll(async () => {
  await resetDatabase();
  await seedDemo(db());
  userId = (await createUser("sommes@demo.fr")).id;
});

describe("the trend's per-département sums", () => {
  it("follow every change of the orders: placed, cancelled, restored, moved, lines changed or removed, deleted", async () => {
    const first = await order(CLINIC, [{ reference: "EPI-FFP2-20", packs: 5 }, { reference: "EPI-MCH-50", packs: 2 }, { reference: "EPI-FFP2-20", packs: 1 }]);
    const second = await order(EHPAD, [{ reference: "EPI-FFP2-20", packs: 3 }], { kind: "EMERGENCY" });
    const third = await order(CH_BELLEY, [{ reference: "EPI-GNT-100", packs: 2 }], { kind: "CONSORTIUM", status: "CANCELLED" });
    expect(await kept()).toEqual(await fromOrders());
    expect((await kept()).find((s) => s.departementCode === "69" && s.categoryCode === "MASQUES_FFP2" && s.kind === "STATE_STOCK")?.units).toBe(120);

    await db().order.update({ where: { id: first.id }, data: { status: "CANCELLED" } });
    await db().order.update({ where: { id: third.id }, data: { status: "SUBMITTED" } });
    await db().order.update({ where: { id: second.id }, data: { status: "SHIPPED", trackingNumber: "X1" } });
    expect(await kept()).toEqual(await fromOrders());
    await db().order.update({ where: { id: first.id }, data: { status: "SUBMITTED", week: "2026-W46", kind: "EMERGENCY" } });
    await db().order.update({ where: { id: second.id }, data: { deliveryFiness: CH_BELLEY } });
    const line = await db().orderLine.findFirstOrThrow({ where: { orderId: first.id, categoryCode: "MASQUES_CHIRURGICAUX" } });
    await db().orderLine.update({ where: { id: line.id }, data: { units: 75, receivedPacks: 1 } });
    await db().orderLine.delete({ where: { id: (await db().orderLine.findFirstOrThrow({ where: { orderId: third.id } })).id } });
    expect(await kept()).toEqual(await fromOrders());
    await db().order.delete({ where: { id: first.id } });
    expect(await kept()).toEqual(await fromOrders());
  });

  it("are summed into one row per key by the compaction, the totals unchanged", async () => {
    await order(CLINIC, [{ reference: "EPI-FFP2-20", packs: 7 }]);
    const before = await kept();
    await compactDepartementWeekUnits(db());
    expect(await kept()).toEqual(before);
    expect(await kept()).toEqual(await fromOrders());
    const rows = await db().$queryRaw<Array<{ pending: number; perKey: number }>>`
      SELECT count(*) FILTER (WHERE "pending")::int AS "pending", COALESCE(max(n), 0)::int AS "perKey"
      FROM (SELECT "pending", count(*) OVER (PARTITION BY "week", "departementCode", "categoryCode", "kind") AS n FROM "DepartementWeekUnits") r`;
    expect(rows[0]).toEqual({ pending: 0, perKey: 1 });
    expect(await compactDepartementWeekUnits(db())).toBe(0);
  });
});

describe("orders of one département placed at once", () => {
  const clients: pg.Client[] = [];
  afterAll(() => Promise.all(clients.map((c) => c.end())));

  it("do not wait on each other for the sums (no shared row is updated)", async () => {
    const connect = async () => {
      const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      clients.push(client);
      return client;
    };
    const [one, other] = [await connect(), await connect()];
    const product = await db().product.findUniqueOrThrow({ where: { reference: "EPI-FFP2-20" } });
    // An order and its line, written as the order's function writes them: the order, then its lines in one statement.
    const place = async (client: pg.Client, id: string, finess: string) => {
      await client.query(
        `INSERT INTO "Order" (id, "accountFiness", "deliveryFiness", kind, week, carrier, "idempotencyKey", "createdById", "updatedAt")
         VALUES ($1, $2, $2, 'STATE_STOCK', $3, 'LA_POSTE', $4, $5, now())`,
        [id, finess, WEEK, `key-${id}`, userId],
      );
      await client.query(
        `INSERT INTO "OrderLine" (id, "orderId", "productId", "categoryCode", packs, units, "unitPriceCents") VALUES ($1, $2, $3, $4, 1, 20, 0)`,
        [`${id}-line`, id, product.id, product.categoryCode],
      );
    };
    await one.query("BEGIN");
    await place(one, "concurrent-one", CLINIC);
    // The first order's transaction is still open: the second, same département and week, must not wait for it.
    await other.query("SET lock_timeout = '2s'");
    await other.query("BEGIN");
    await place(other, "concurrent-other", EHPAD);
    await other.query("COMMIT");
    await one.query("COMMIT");
    expect(await kept()).toEqual(await fromOrders());
  });
});
