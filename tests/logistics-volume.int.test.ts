import { beforeEach, describe, expect, it } from "vitest";
import { LOGISTICS_PAGE_SIZE } from "@/lib/domain/logistics/bulk-moves";
import type { OrderStatus } from "@/lib/domain/orders/order-status";
import { db } from "@/lib/server/db";
import { advanceOrders } from "@/lib/server/logistics/bulk-advance";
import { listWeekOrders } from "@/lib/server/logistics/queries";
import { shipTrackedOrders } from "@/lib/server/logistics/tracking-upload";
import { DEMO_FINESS } from "@/prisma/demo/establishments";
import { seedDemo } from "@/prisma/seed";
import { resetDatabase } from "./database";

/* /logistique at volume: pages, filters by carrier, region and status, and moves over many orders, all or nothing. */
const WEEK = "2026-W48";
const logistician = { id: "logistician-1", email: "logistique@demo.fr" };
let count = 0;

async function createOrders(n: number, options: { status?: OrderStatus; delivery?: string; carrier?: "LA_POSTE" | "SPF_DIRECT"; kind?: "STATE_STOCK" | "CONSORTIUM" } = {}) {
  const rows = Array.from({ length: n }, () => {
    count += 1;
    return {
      accountFiness: options.delivery ?? DEMO_FINESS.clinicEt,
      deliveryFiness: options.delivery ?? DEMO_FINESS.clinicEt,
      kind: options.kind ?? "STATE_STOCK",
      status: options.status ?? "SUBMITTED",
      week: WEEK,
      carrier: options.carrier ?? "LA_POSTE",
      idempotencyKey: `volume-${count}`,
      createdById: "orderer",
    };
  });
  await db().order.createMany({ data: rows });
  return db().order.findMany({ where: { idempotencyKey: { in: rows.map((r) => r.idempotencyKey) } }, orderBy: { number: "asc" } });
}

describe("logistics at volume", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDemo(db());
  });

  it("lists the week's orders a page at a time and filters them by carrier, region and status", async () => {
    const lyon = await createOrders(120); // Auvergne-Rhône-Alpes, La Poste
    const boulogne = await createOrders(7, { delivery: DEMO_FINESS.idfClinicEt }); // Île-de-France
    await createOrders(5, { delivery: DEMO_FINESS.reunionClinicEt, carrier: "SPF_DIRECT" }); // La Réunion, SpF
    await createOrders(3, { kind: "CONSORTIUM" }); // never the state's logistics'

    const first = await listWeekOrders({ week: WEEK });
    expect(first).toMatchObject({ total: 132, page: 1, pages: Math.ceil(132 / LOGISTICS_PAGE_SIZE) });
    expect(first.orders).toHaveLength(LOGISTICS_PAGE_SIZE);
    expect(first.orders[0].number).toBe(lyon[0].number);
    const last = await listWeekOrders({ week: WEEK }, 99);
    expect(last.page).toBe(last.pages);
    expect(last.orders).toHaveLength(132 - (last.pages - 1) * LOGISTICS_PAGE_SIZE);

    expect((await listWeekOrders({ week: WEEK, carrier: "SPF_DIRECT" })).total).toBe(5);
    const idf = await listWeekOrders({ week: WEEK, regionCode: "11" });
    expect(idf.orders.map((o) => o.number)).toEqual(boulogne.map((o) => o.number));
    expect((await listWeekOrders({ week: WEEK, regionCode: "84", carrier: "LA_POSTE" })).total).toBe(120);
    expect((await listWeekOrders({ week: WEEK, status: "IN_PREPARATION" })).total).toBe(0);
    expect((await listWeekOrders({ week: "2026-W47" })).total).toBe(0);
  });

  it("moves the ticked orders together, stamped and audited one row each", async () => {
    const orders = await createOrders(60);
    const ids = orders.map((o) => o.id);
    await expect(advanceOrders(logistician, { orderIds: ids, to: "IN_PREPARATION" })).resolves.toMatchObject({ moved: 60, to: "IN_PREPARATION" });
    expect(await db().order.count({ where: { id: { in: ids }, status: "IN_PREPARATION", preparedAt: { not: null } } })).toBe(60);
    expect(await db().auditLog.count({ where: { action: "order.prepare", entityId: { in: ids }, actorEmail: "logistique@demo.fr" } })).toBe(60);
    expect((await listWeekOrders({ week: WEEK, status: "IN_PREPARATION" })).total).toBe(60);
  });

  it("moves nothing when one ticked order cannot make the move, and names it", async () => {
    const ready = await createOrders(10);
    const [shipped] = await createOrders(1, { status: "SHIPPED" });
    const [consortium] = await createOrders(1, { kind: "CONSORTIUM" });
    const before = await db().auditLog.count();

    const refused = advanceOrders(logistician, { orderIds: [...ready.map((o) => o.id), shipped.id], to: "IN_PREPARATION" });
    await expect(refused).rejects.toMatchObject({
      code: "BULK_MOVE_REFUSED",
      details: { refused: [{ number: shipped.number, status: "SHIPPED" }] },
      message: expect.stringContaining(`n° ${shipped.number} : expédiée`),
    });
    // A consortium order is not the logistics' to move: as if it did not exist.
    await expect(advanceOrders(logistician, { orderIds: [ready[0].id, consortium.id], to: "IN_PREPARATION" })).rejects.toMatchObject({
      code: "BULK_MOVE_REFUSED",
      details: { refused: [{ status: null }] },
    });
    await expect(advanceOrders(logistician, { orderIds: [], to: "IN_PREPARATION" })).rejects.toMatchObject({ code: "BULK_NOTHING_SELECTED" });
    expect(await db().order.count({ where: { id: { in: ready.map((o) => o.id) }, status: "SUBMITTED" } })).toBe(10);
    expect(await db().auditLog.count()).toBe(before);
  });

  it("lets only one of two logisticians moving the same orders at once through", async () => {
    const ids = (await createOrders(30)).map((o) => o.id);
    const outcomes = await Promise.allSettled([
      advanceOrders(logistician, { orderIds: ids, to: "IN_PREPARATION" }),
      advanceOrders({ id: "logistician-2", email: "logistique.nuit@demo.fr" }, { orderIds: [...ids].reverse(), to: "IN_PREPARATION" }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.find((o) => o.status === "rejected")).toMatchObject({ reason: { code: "BULK_MOVE_REFUSED" } });
    expect(await db().auditLog.count({ where: { action: "order.prepare" } })).toBe(30);
  });

  it("ships every order of the CSV of tracking numbers with its number, audited one row each", async () => {
    const orders = await createOrders(3, { status: "IN_PREPARATION" });
    const csv = `N° commande;N° de suivi\r\n${orders.map((o, i) => `${o.number};6A0000000000${i}`).join("\r\n")}\r\n`;
    await expect(shipTrackedOrders(logistician, { csv })).resolves.toEqual({ shipped: 3 });
    const shipped = await db().order.findMany({ where: { id: { in: orders.map((o) => o.id) } }, orderBy: { number: "asc" } });
    expect(shipped.map((o) => [o.status, o.trackingNumber, o.shippedAt !== null])).toEqual([
      ["SHIPPED", "6A00000000000", true],
      ["SHIPPED", "6A00000000001", true],
      ["SHIPPED", "6A00000000002", true],
    ]);
    const audit = await db().auditLog.findFirst({ where: { action: "order.ship", entityId: orders[1].id } });
    expect(audit).toMatchObject({ actorEmail: "logistique@demo.fr", before: { status: "IN_PREPARATION" }, after: { status: "SHIPPED", trackingNumber: "6A00000000001" } });
  });

  it("changes nothing when one line of the CSV is wrong, naming each bad line", async () => {
    const ready = await createOrders(4, { status: "IN_PREPARATION" });
    const [submitted] = await createOrders(1);
    const [consortium] = await createOrders(1, { kind: "CONSORTIUM", status: "CONFIRMED" });
    const before = await db().auditLog.count();
    const good = ready.map((o, i) => `${o.number};TRK-${i}`);

    // Read before any write: a malformed line refuses the file.
    await expect(shipTrackedOrders(logistician, { csv: [...good, `${submitted.number};a b`].join("\n") })).rejects.toMatchObject({
      code: "TRACKING_CSV_REFUSED",
      details: { errors: [{ line: 5, reason: expect.stringMatching(/^Le numéro de suivi comporte/) }] },
    });
    // Checked against the orders: not in preparation, a consortium's, unknown — after the good lines were applied.
    await expect(
      shipTrackedOrders(logistician, { csv: [...good, `${submitted.number};TRK-S`, `${consortium.number};TRK-C`, "999999;TRK-X"].join("\n") }),
    ).rejects.toMatchObject({
      code: "TRACKING_CSV_REFUSED",
      details: {
        errors: [
          { line: 5, reason: `La commande n° ${submitted.number} est « transmise » : seule une commande en préparation peut être expédiée.` },
          { line: 6, reason: `Aucune commande n° ${consortium.number} dans la logistique de l'État.` },
          { line: 7, reason: "Aucune commande n° 999999 dans la logistique de l'État." },
        ],
      },
    });
    await expect(shipTrackedOrders(logistician, { csv: "N° commande;N° de suivi\n" })).rejects.toMatchObject({ code: "TRACKING_CSV_EMPTY" });
    expect(await db().order.count({ where: { id: { in: ready.map((o) => o.id) }, status: "IN_PREPARATION", trackingNumber: null } })).toBe(4);
    expect(await db().auditLog.count()).toBe(before);
  });

  it("ships an order once when the same file is sent twice at once", async () => {
    const orders = await createOrders(20, { status: "IN_PREPARATION" });
    const csv = orders.map((o) => `${o.number};TRK-${o.number}`).join("\n");
    const outcomes = await Promise.allSettled([shipTrackedOrders(logistician, { csv }), shipTrackedOrders(logistician, { csv })]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.find((o) => o.status === "rejected")).toMatchObject({ reason: { code: "TRACKING_CSV_REFUSED" } });
    expect(await db().auditLog.count({ where: { action: "order.ship" } })).toBe(20);
  });
});
