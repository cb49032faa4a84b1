import { beforeEach, describe, expect, it } from "vitest";
import { listPickingRows } from "@/lib/server/logistics/queries";
import { LOGISTICS_TARGETS } from "@/lib/domain/logistics/logistics-move";
import { canTransition, ORDER_STATUSES, type OrderStatus } from "@/lib/domain/orders/order-status";
import { TRACKING_NUMBER_REQUIRED } from "@/lib/schemas/logistics";
import { TRACKING_NUMBER_INVALID } from "@/lib/schemas/order-move";
import { db } from "@/lib/server/db";
import { advanceOrder } from "@/lib/server/orders/advance-order";
import { seedDemo } from "@/prisma/seed";
import { resetDatabase } from "./database";

const WEEK = "2026-W48";
const CLINIC = "690812342";
const logistician = { id: "logistician-1", email: "logistique@demo.fr" };
const otherLogistician = { id: "logistician-2", email: "logistique.nuit@demo.fr" };

let creatorId: string;
let productId: string;
let orderCount = 0;

async function createOrder(status: OrderStatus = "SUBMITTED", overrides: { week?: string } = {}) {
  orderCount += 1;
  return db().order.create({
    data: {
      accountFiness: CLINIC,
      deliveryFiness: CLINIC,
      kind: "STATE_STOCK",
      status,
      week: overrides.week ?? WEEK,
      carrier: "LA_POSTE",
      idempotencyKey: `logistics-test-${orderCount}`,
      createdById: creatorId,
      lines: { create: [{ productId, categoryCode: "LOGISTIQUE_TEST", packs: 3, units: 150, unitPriceCents: 0 }] },
    },
  });
}

/** The demo referential, a user who orders (with the delivery contact given at registration), one product. */
async function setUpCatalogueAndOrderer() {
  await resetDatabase();
  await seedDemo(db());
  const creator = await db().user.create({
    data: {
      email: "operateur@clinique-demo.fr",
      plageSubject: "plage-test-creator",
      roles: ["OPERATOR"],
      boundFiness: CLINIC,
      registeredAt: new Date(),
      deliveryContactName: 'Magasin "central"',
      deliveryContactPhone: "+33 4 72 00 00 01",
      openingHours: "Du lundi au vendredi, 8h–16h",
    },
  });
  creatorId = creator.id;
  await db().productCategory.create({ data: { code: "LOGISTIQUE_TEST", name: "Catégorie de test logistique", unitLabel: "masque" } });
  const product = await db().product.create({
    data: { reference: "LOG-TEST-50", name: "Masque de test (boîte de 50)", categoryCode: "LOGISTIQUE_TEST", packSize: 50, unitPriceCents: 8 },
  });
  productId = product.id;
}

const orderRow = (id: string) => db().order.findUniqueOrThrow({ where: { id } });
const auditRows = (id: string) => db().auditLog.findMany({ where: { entityType: "Order", entityId: id }, orderBy: { id: "asc" } });

describe("advanceOrder on PostgreSQL", () => {
  beforeEach(setUpCatalogueAndOrderer);

  it("moves an order through preparation, shipment and delivery, stamping each step, with one audit row each", async () => {
    const order = await createOrder();
    const t0 = new Date();

    await expect(advanceOrder(logistician, { orderId: order.id, to: "IN_PREPARATION" })).resolves.toMatchObject({
      number: order.number,
      status: "IN_PREPARATION",
    });
    const prepared = await orderRow(order.id);
    expect(prepared).toMatchObject({ status: "IN_PREPARATION", shippedAt: null, deliveredAt: null, trackingNumber: null });
    expect(prepared.preparedAt!.getTime()).toBeGreaterThanOrEqual(t0.getTime() - 1000);

    await advanceOrder(logistician, { orderId: order.id, to: "SHIPPED", trackingNumber: "  6A-12345678 " });
    const shipped = await orderRow(order.id);
    expect(shipped).toMatchObject({ status: "SHIPPED", trackingNumber: "6A-12345678", preparedAt: prepared.preparedAt, deliveredAt: null });
    expect(shipped.shippedAt!.getTime()).toBeGreaterThanOrEqual(prepared.preparedAt!.getTime());

    await advanceOrder(logistician, { orderId: order.id, to: "DELIVERED", trackingNumber: "IGNORED-1" });
    const delivered = await orderRow(order.id);
    expect(delivered).toMatchObject({ status: "DELIVERED", trackingNumber: "6A-12345678", shippedAt: shipped.shippedAt, cancelledAt: null });
    expect(delivered.deliveredAt!.getTime()).toBeGreaterThanOrEqual(shipped.shippedAt!.getTime());

    const audit = await auditRows(order.id);
    expect(audit.map((a) => ({ actorId: a.actorId, actorEmail: a.actorEmail, action: a.action, before: a.before, after: a.after }))).toEqual([
      { actorId: logistician.id, actorEmail: logistician.email, action: "order.prepare", before: { status: "SUBMITTED" }, after: { status: "IN_PREPARATION" } },
      {
        actorId: logistician.id,
        actorEmail: logistician.email,
        action: "order.ship",
        before: { status: "IN_PREPARATION" },
        after: { status: "SHIPPED", trackingNumber: "6A-12345678" },
      },
      { actorId: logistician.id, actorEmail: logistician.email, action: "order.deliver", before: { status: "SHIPPED" }, after: { status: "DELIVERED" } },
    ]);
  });

  const refused = ORDER_STATUSES.flatMap((from) =>
    LOGISTICS_TARGETS.filter((to) => !canTransition(from, to, "LOGISTICS")).map((to) => [from, to] as const),
  );

  it.each(refused)("refuses %s → %s with its code and changes nothing", async (from, to) => {
    const order = await createOrder(from);
    const before = await orderRow(order.id);
    await expect(advanceOrder(logistician, { orderId: order.id, to, trackingNumber: "6A-12345678" })).rejects.toMatchObject({
      name: "DomainError",
      code: "ORDER_TRANSITION_REFUSED",
      details: { from, to },
    });
    expect(await orderRow(order.id)).toEqual(before);
    expect(await auditRows(order.id)).toEqual([]);
  });

  it("covers every refused pair of the logistics targets (all but the three moves)", () => {
    expect(refused).toHaveLength(ORDER_STATUSES.length * LOGISTICS_TARGETS.length - 3);
  });

  it.each(ORDER_STATUSES)("refuses to cancel a %s order: cancellation is the establishment's", async (from) => {
    const order = await createOrder(from);
    const before = await orderRow(order.id);
    await expect(advanceOrder(logistician, { orderId: order.id, to: "CANCELLED" as never })).rejects.toMatchObject({
      name: "DomainError",
      message: expect.stringMatching(/^Étape inconnue/),
    });
    expect(await orderRow(order.id)).toEqual(before);
    expect(await auditRows(order.id)).toEqual([]);
  });

  it("requires a valid tracking number to ship, and changes nothing without one", async () => {
    const invalid = (issue: string) => ({ code: "INVALID_FIELD", details: { issue } });
    const order = await createOrder("IN_PREPARATION");
    const before = await orderRow(order.id);
    await expect(advanceOrder(logistician, { orderId: order.id, to: "SHIPPED" })).rejects.toMatchObject(invalid(TRACKING_NUMBER_REQUIRED));
    await expect(advanceOrder(logistician, { orderId: order.id, to: "SHIPPED", trackingNumber: "   " })).rejects.toMatchObject(invalid(TRACKING_NUMBER_REQUIRED));
    await expect(advanceOrder(logistician, { orderId: order.id, to: "SHIPPED", trackingNumber: "6A1" })).rejects.toMatchObject(invalid(TRACKING_NUMBER_INVALID));
    await expect(advanceOrder(logistician, { orderId: order.id, to: "SHIPPED", trackingNumber: "=1+1;x" })).rejects.toMatchObject(invalid(TRACKING_NUMBER_INVALID));
    expect(await orderRow(order.id)).toEqual(before);
    expect(await auditRows(order.id)).toEqual([]);
  });

  it("says an unknown order is not found", async () => {
    await expect(advanceOrder(logistician, { orderId: "no-such-order", to: "IN_PREPARATION" })).rejects.toMatchObject({
      name: "DomainError",
      message: "Commande introuvable.",
    });
  });

  it.each([
    ["SUBMITTED", "IN_PREPARATION"],
    ["IN_PREPARATION", "SHIPPED"],
    ["SHIPPED", "DELIVERED"],
  ] as const)("lets exactly one of two logisticians moving a %s order at once win; the other gets the refusal", async (from, to) => {
    for (let round = 0; round < 5; round += 1) {
      const order = await createOrder(from);
      const results = await Promise.allSettled([
        advanceOrder(logistician, { orderId: order.id, to, trackingNumber: "6A-00000001" }),
        advanceOrder(otherLogistician, { orderId: order.id, to, trackingNumber: "6A-00000002" }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(results.find((r) => r.status === "rejected")).toMatchObject({
        reason: { name: "DomainError", code: "ORDER_TRANSITION_REFUSED", details: { from: to, to } },
      });
      const audit = await auditRows(order.id);
      expect(audit).toHaveLength(1);
      const stored = await orderRow(order.id);
      expect(stored.status).toBe(to);
      // The stored tracking number is the winner's, the one its audit row names.
      if (to === "SHIPPED") expect(audit[0].after).toEqual({ status: "SHIPPED", trackingNumber: stored.trackingNumber });
    }
  });
});

describe("the picking list's rows", () => {
  beforeEach(setUpCatalogueAndOrderer);

  it("holds the lines of the week's orders still to prepare, with the orderer's delivery contact", async () => {
    const submitted = await createOrder("SUBMITTED");
    const preparing = await createOrder("IN_PREPARATION");
    for (const status of ["SHIPPED", "DELIVERED", "CANCELLED"] as const) await createOrder(status);
    await createOrder("SUBMITTED", { week: "2026-W47" });

    const rows = await listPickingRows(WEEK);
    expect(rows.map((r) => r.orderNumber).sort((a, b) => a - b)).toEqual([submitted.number, preparing.number]);
    const clinic = await db().establishment.findUniqueOrThrow({ where: { finess: CLINIC }, include: { departement: true } });
    expect(rows.find((r) => r.orderNumber === submitted.number)).toEqual({
      orderNumber: submitted.number,
      status: "SUBMITTED",
      carrier: "LA_POSTE",
      deliveryFiness: CLINIC,
      establishmentName: clinic.name,
      addressLine: clinic.addressLine,
      postalLine: clinic.postalLine,
      departement: `${clinic.departement.code} – ${clinic.departement.name}`,
      contactName: 'Magasin "central"',
      contactPhone: "+33 4 72 00 00 01",
      openingHours: "Du lundi au vendredi, 8h–16h",
      productReference: "LOG-TEST-50",
      productName: "Masque de test (boîte de 50)",
      packs: 3,
      units: 150,
    });
    expect(await listPickingRows("2026-W49")).toEqual([]);
  });
});
