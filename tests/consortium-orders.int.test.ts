import { beforeEach, describe, expect, it } from "vitest";
import type { OrderKind } from "@/lib/domain/orders/order-kind";
import type { OrderStatus } from "@/lib/domain/orders/order-status";
import { db } from "@/lib/server/db";
import { countWeekOrders, listPickingRows, listWeekOrders } from "@/lib/server/logistics/queries";
import { advanceOrder } from "@/lib/server/orders/advance-order";
import { cancelOrder } from "@/lib/server/orders/cancel-order";
import { advanceConsortiumOrder } from "@/lib/server/orders/consortium-orders";
import { confirmReceipt } from "@/lib/server/orders/confirm-receipt";
import { confirmReceiptSchema, RECEIPT_NOTE_REQUIRED } from "@/lib/schemas/orders";
import { consortiumOrders } from "@/lib/server/orders/queries";
import { REFUSAL_REASON_REQUIRED } from "@/lib/schemas/consortium";
import { seedDemo } from "@/prisma/seed";
import { resetDatabase } from "./database";

const WEEK = "2026-W48";
const CLINIC = "690812342";
const logistician = { id: "logistician-1", email: "logistique@demo.fr" };
const consortium = { id: "consortium-1", email: "groupement@demo.fr" };

let operator: { id: string; email: string; establishmentFiness: string };
let productId: string;
let orderCount = 0;

async function createOrder(kind: OrderKind, status: OrderStatus = "SUBMITTED") {
  orderCount += 1;
  return db().order.create({
    data: {
      accountFiness: CLINIC,
      deliveryFiness: CLINIC,
      kind,
      status,
      week: WEEK,
      carrier: "LA_POSTE",
      totalCents: kind === "CONSORTIUM" ? 2400 : 0,
      idempotencyKey: `consortium-test-${orderCount}`,
      createdById: operator.id,
      lines: { create: [{ productId, categoryCode: "CONSORTIUM_TEST", packs: 3, units: 150, unitPriceCents: kind === "CONSORTIUM" ? 16 : 0 }] },
    },
  });
}

const orderRow = (id: string) => db().order.findUniqueOrThrow({ where: { id } });
const auditRows = (id: string) => db().auditLog.findMany({ where: { entityType: "Order", entityId: id }, orderBy: { id: "asc" } });

beforeEach(async () => {
  await resetDatabase();
  await seedDemo(db());
  const user = await db().user.create({
    data: { email: "operateur@clinique-demo.fr", plageSubject: "plage-test-consortium", roles: ["OPERATOR"], boundFiness: CLINIC, registeredAt: new Date() },
  });
  operator = { id: user.id, email: user.email, establishmentFiness: CLINIC };
  await db().productCategory.create({ data: { code: "CONSORTIUM_TEST", name: "Catégorie de test du groupement", unitLabel: "blouse" } });
  const product = await db().product.create({
    data: { reference: "GRP-TEST-50", name: "Blouse de test (carton de 50)", categoryCode: "CONSORTIUM_TEST", packSize: 50, unitPriceCents: 16 },
  });
  productId = product.id;
});

describe("consortium orders and the state's logistics", () => {
  it("never lists a consortium order in /logistique, its counts or its picking list", async () => {
    const state = await createOrder("STATE_STOCK");
    const emergency = await createOrder("EMERGENCY");
    await createOrder("CONSORTIUM");
    await createOrder("CONSORTIUM", "CONFIRMED");

    expect((await listWeekOrders({ week: WEEK })).orders.map((o) => o.number).sort()).toEqual([state.number, emergency.number].sort());
    expect((await listWeekOrders({ week: WEEK, status: "SUBMITTED" })).orders.map((o) => o.kind).sort()).toEqual(["EMERGENCY", "STATE_STOCK"]);
    expect(await countWeekOrders(WEEK)).toMatchObject({ SUBMITTED: 2, CONFIRMED: 0 });
    expect(new Set((await listPickingRows(WEEK)).map((r) => r.orderNumber))).toEqual(new Set([state.number, emergency.number]));
  });

  it("refuses a logistician any move of a consortium order, as not found, and changes nothing", async () => {
    const order = await createOrder("CONSORTIUM");
    const before = await orderRow(order.id);
    await expect(advanceOrder(logistician, { orderId: order.id, to: "IN_PREPARATION" })).rejects.toMatchObject({ name: "DomainError", code: "ORDER_NOT_FOUND" });
    expect(await orderRow(order.id)).toEqual(before);
    expect(await auditRows(order.id)).toEqual([]);
  });
});

describe("cancelling a consortium order", () => {
  it("withdraws a forwarded order without touching any quota or the state stock", async () => {
    const stockBefore = await db().nationalStock.findMany({ orderBy: { productId: "asc" } });
    const usageBefore = await db().weeklyQuotaUsage.findMany({ orderBy: { categoryCode: "asc" } });
    const order = await createOrder("CONSORTIUM");
    await cancelOrder(operator, order.id);
    expect(await orderRow(order.id)).toMatchObject({ status: "CANCELLED", cancelledAt: expect.any(Date) });
    expect(await db().nationalStock.findMany({ orderBy: { productId: "asc" } })).toEqual(stockBefore);
    expect(await db().weeklyQuotaUsage.findMany({ orderBy: { categoryCode: "asc" } })).toEqual(usageBefore);
    expect((await auditRows(order.id)).map((a) => a.action)).toEqual(["order.cancel"]);
  });

  it("refuses once the consortium confirmed it, in the consortium's words", async () => {
    const order = await createOrder("CONSORTIUM", "CONFIRMED");
    await expect(cancelOrder(operator, order.id)).rejects.toMatchObject({
      code: "ORDER_TRANSITION_REFUSED",
      details: { from: "CONFIRMED", to: "CANCELLED", channel: "CONSORTIUM" },
      message: expect.stringContaining("transmise au groupement"),
    });
    expect(await orderRow(order.id)).toMatchObject({ status: "CONFIRMED", cancelledAt: null });
  });
});

describe("the consortium answers its orders", () => {
  it("confirms, ships with a tracking number and delivers, dating each step, one audit row each", async () => {
    const order = await createOrder("CONSORTIUM");
    await advanceConsortiumOrder(consortium, { orderId: order.id, to: "CONFIRMED", reason: "ignored", trackingNumber: "IGNORED-1" });
    await advanceConsortiumOrder(consortium, { orderId: order.id, to: "SHIPPED", trackingNumber: " 6A-99887766 " });
    await advanceConsortiumOrder(consortium, { orderId: order.id, to: "DELIVERED" });
    const row = await orderRow(order.id);
    expect(row).toMatchObject({ status: "DELIVERED", trackingNumber: "6A-99887766", refusalReason: null, preparedAt: null });
    expect(row.confirmedAt!.getTime()).toBeLessThanOrEqual(row.shippedAt!.getTime());
    expect(row.shippedAt!.getTime()).toBeLessThanOrEqual(row.deliveredAt!.getTime());
    expect((await auditRows(order.id)).map((a) => [a.action, a.actorEmail, a.after])).toEqual([
      ["order.consortium.confirm", "groupement@demo.fr", { status: "CONFIRMED" }],
      ["order.consortium.ship", "groupement@demo.fr", { status: "SHIPPED", trackingNumber: "6A-99887766" }],
      ["order.consortium.deliver", "groupement@demo.fr", { status: "DELIVERED" }],
    ]);
  });

  it("refuses with the reason the establishment reads, and requires one", async () => {
    const order = await createOrder("CONSORTIUM");
    await expect(advanceConsortiumOrder(consortium, { orderId: order.id, to: "REFUSED", reason: "  " })).rejects.toMatchObject({
      code: "INVALID_FIELD",
      details: { issue: REFUSAL_REASON_REQUIRED },
    });
    expect(await orderRow(order.id)).toMatchObject({ status: "SUBMITTED", refusedAt: null });
    await advanceConsortiumOrder(consortium, { orderId: order.id, to: "REFUSED", reason: "Référence en rupture chez le fournisseur" });
    expect(await orderRow(order.id)).toMatchObject({ status: "REFUSED", refusalReason: "Référence en rupture chez le fournisseur", refusedAt: expect.any(Date) });
  });

  it("refuses a move its lifecycle does not have, and any move of a state order (not found), changing nothing", async () => {
    const forwarded = await createOrder("CONSORTIUM");
    await expect(advanceConsortiumOrder(consortium, { orderId: forwarded.id, to: "SHIPPED" })).rejects.toMatchObject({
      code: "ORDER_TRANSITION_REFUSED",
      details: { from: "SUBMITTED", to: "SHIPPED", channel: "CONSORTIUM" },
    });
    const state = await createOrder("STATE_STOCK");
    const before = await orderRow(state.id);
    await expect(advanceConsortiumOrder(consortium, { orderId: state.id, to: "CONFIRMED" })).rejects.toMatchObject({ code: "ORDER_NOT_FOUND" });
    expect(await orderRow(state.id)).toEqual(before);
    expect(await auditRows(state.id)).toEqual([]);
    expect(await auditRows(forwarded.id)).toEqual([]);
  });

  it("lists its orders only, newest first, optionally of one status", async () => {
    const first = await createOrder("CONSORTIUM");
    const second = await createOrder("CONSORTIUM", "CONFIRMED");
    await createOrder("STATE_STOCK");
    expect((await consortiumOrders()).map((o) => o.number)).toEqual([second.number, first.number]);
    expect((await consortiumOrders("CONFIRMED")).map((o) => o.number)).toEqual([second.number]);
  });
});

describe("the establishment confirms receipt of a state order", () => {
  const receipt = async (orderId: string, receivedPacks: string, note?: string) => {
    const [line] = await db().orderLine.findMany({ where: { orderId } });
    // The form's « ordered » figure is not trusted: the server compares with the order's own lines.
    return confirmReceiptSchema.parse({ orderId, lines: [{ lineId: line.id, orderedPacks: Number(receivedPacks), receivedPacks }], note });
  };

  it("closes a shipped order with the packs counted and the discrepancy noted, audited", async () => {
    const order = await createOrder("STATE_STOCK", "SHIPPED");
    await expect(confirmReceipt(operator, await receipt(order.id, "2"))).rejects.toMatchObject({ code: "INVALID_FIELD", details: { issue: RECEIPT_NOTE_REQUIRED } });
    expect(await orderRow(order.id)).toMatchObject({ status: "SHIPPED", receivedAt: null });

    await confirmReceipt(operator, await receipt(order.id, "2", "Un carton abîmé, refusé au transporteur"));
    expect(await orderRow(order.id)).toMatchObject({ status: "RECEIVED", receivedAt: expect.any(Date), receiptNote: "Un carton abîmé, refusé au transporteur" });
    expect((await db().orderLine.findFirstOrThrow({ where: { orderId: order.id } })).receivedPacks).toBe(2);
    const [entry] = await auditRows(order.id);
    expect(entry).toMatchObject({ action: "order.receive", before: { status: "SHIPPED" }, after: { status: "RECEIVED", note: "Un carton abîmé, refusé au transporteur" } });
    expect((entry.after as { discrepancies: unknown[] }).discrepancies).toEqual([expect.objectContaining({ orderedPacks: 3, receivedPacks: 2 })]);
  });

  it("needs no note when everything arrived, also after the carrier reported it delivered", async () => {
    const order = await createOrder("STATE_STOCK", "DELIVERED");
    await confirmReceipt(operator, await receipt(order.id, "3"));
    expect(await orderRow(order.id)).toMatchObject({ status: "RECEIVED", receiptNote: null });
  });

  it("refuses before shipment, for a consortium order, and for another establishment's order, changing nothing", async () => {
    const preparing = await createOrder("STATE_STOCK", "IN_PREPARATION");
    await expect(confirmReceipt(operator, await receipt(preparing.id, "3"))).rejects.toMatchObject({ code: "ORDER_TRANSITION_REFUSED" });
    const consortiumOrder = await createOrder("CONSORTIUM", "SHIPPED");
    await expect(confirmReceipt(operator, await receipt(consortiumOrder.id, "3"))).rejects.toMatchObject({ code: "ORDER_TRANSITION_REFUSED" });
    const shipped = await createOrder("STATE_STOCK", "SHIPPED");
    const stranger = { id: "someone", email: "x@ehpad-demo.fr", establishmentFiness: "630789014" };
    await expect(confirmReceipt(stranger, await receipt(shipped.id, "3"))).rejects.toMatchObject({ code: "ORDER_NOT_FOUND" });
    for (const o of [preparing, consortiumOrder, shipped]) expect(await auditRows(o.id)).toEqual([]);
  });
});
