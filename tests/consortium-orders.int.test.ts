import { beforeEach, describe, expect, it } from "vitest";
import type { OrderKind } from "@/lib/domain/orders/order-kind";
import type { OrderStatus } from "@/lib/domain/orders/order-status";
import { db } from "@/lib/server/db";
import { countWeekOrders, listPickingRows, listWeekOrders } from "@/lib/server/logistics/queries";
import { advanceOrder } from "@/lib/server/orders/advance-order";
import { cancelOrder } from "@/lib/server/orders/cancel-order";
import { seedDemo } from "@/prisma/seed";
import { resetDatabase } from "./database";

const WEEK = "2026-W48";
const CLINIC = "690812342";
const logistician = { id: "logistician-1", email: "logistique@demo.fr" };

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

    expect((await listWeekOrders(WEEK)).map((o) => o.number).sort()).toEqual([state.number, emergency.number].sort());
    expect((await listWeekOrders(WEEK, "SUBMITTED")).map((o) => o.kind).sort()).toEqual(["EMERGENCY", "STATE_STOCK"]);
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
