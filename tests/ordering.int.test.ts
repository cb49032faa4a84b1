import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { isoWeekOf } from "@/lib/domain/time/paris-time";
import { DomainError } from "@/lib/domain/errors";
import { db } from "@/lib/server/db";
import { cancelOrder } from "@/lib/server/orders/cancel-order";
import { placeOrder, type PlacedOrder } from "@/lib/server/orders/place-order";
import { quotaOverview } from "@/lib/server/orders/quota-overview";
import { placeOrderSchema } from "@/lib/schemas/orders";
import { seedDemo } from "@/prisma/seed";
import { resetDatabase } from "./database";

const CLINIC = "690812342";
let actor: { id: string; email: string; establishmentFiness: string };

async function product(reference: string) {
  return db().product.findUniqueOrThrow({ where: { reference }, include: { stock: true } });
}

function order(productId: string, packs: number, kind: "STATE_STOCK" | "CONSORTIUM" = "STATE_STOCK", idempotencyKey = randomUUID()) {
  // A consortium order is invoiced: its purchase-order number and billing address are part of it.
  const invoicing = kind === "CONSORTIUM" ? { purchaseOrderNumber: " BC-2026/0042 ", billingAddress: "Clinique du Parc\n12 rue des Lilas\n69003 Lyon" } : {};
  return placeOrder(actor, placeOrderSchema.parse({ idempotencyKey, kind, lines: [{ productId, packs }], ...invoicing }));
}

/** An order placed, or the code of its refusal. */
const settled = (placing: Promise<PlacedOrder>) =>
  placing.then(
    (placed) => ({ placed }),
    (error: unknown) => ({ refused: error instanceof DomainError ? error.code : String(error) }),
  );

describe("placing orders", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDemo(db());
    const user = await db().user.create({
      data: { email: "operateur@clinique-demo.fr", plageSubject: "plage-0001", roles: ["OPERATOR"], boundFiness: CLINIC, registeredAt: new Date() },
    });
    actor = { id: user.id, email: user.email, establishmentFiness: CLINIC };
  });

  // 200 transactions queue on one stock row: a loaded CI machine needs more than the default 30 s.
  it("accepts exactly what fits under 200 concurrent submissions: 0 over quota, 0 negative stock", async () => {
    const ffp2 = await product("EPI-FFP2-20");
    const surgical = await product("EPI-MCH-50");
    // FFP2: the stock (15 boxes) is scarcer than the quota (390 masks = 19 boxes). Surgical: the quota binds (1 740 = 34 boxes).
    await db().nationalStock.update({ where: { productId: ffp2.id }, data: { quantity: 300 } });
    const { quotas } = await quotaOverview(CLINIC, new Date());
    expect(quotas.find((q) => q.code === "MASQUES_FFP2")?.allowedUnits).toBe(390);
    expect(quotas.find((q) => q.code === "MASQUES_CHIRURGICAUX")?.allowedUnits).toBe(1740);

    const outcomes = await Promise.all(Array.from({ length: 200 }, (_, i) => settled(order(i % 2 ? ffp2.id : surgical.id, 1))));
    const placed = (id: string) => outcomes.filter((o, i) => "placed" in o && (i % 2 ? ffp2.id : surgical.id) === id).length;
    expect(placed(ffp2.id)).toBe(15);
    expect(placed(surgical.id)).toBe(34);
    expect(outcomes.filter((o) => "refused" in o && o.refused === "ORDER_EXCEEDS_LIMITS")).toHaveLength(200 - 49);

    const week = isoWeekOf(new Date()).key;
    const usage = await db().weeklyQuotaUsage.findMany({ where: { accountFiness: CLINIC, week } });
    expect(usage.find((u) => u.categoryCode === "MASQUES_FFP2")?.usedUnits).toBe(300);
    expect(usage.find((u) => u.categoryCode === "MASQUES_CHIRURGICAUX")?.usedUnits).toBe(1700);
    expect((await product("EPI-FFP2-20")).stock?.quantity).toBe(0);
    expect((await product("EPI-MCH-50")).stock?.quantity).toBe(2_000_000 - 1700);
    expect(await db().order.count()).toBe(49);
    expect(await db().orderLine.count()).toBe(49);
    expect(await db().auditLog.count({ where: { action: "order.place" } })).toBe(49);
  }, 120_000);

  it("makes one order of a repeated idempotency key, even sent 20 times at once", async () => {
    const surgical = await product("EPI-MCH-50");
    const key = randomUUID();
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => order(surgical.id, 2, "STATE_STOCK", key)));
    expect(new Set(outcomes.map((o) => o.orderId)).size).toBe(1);
    expect(outcomes.filter((o) => !o.replayed)).toHaveLength(1);
    expect(await db().order.count()).toBe(1);
    expect((await db().weeklyQuotaUsage.findFirstOrThrow()).usedUnits).toBe(100);
  });

  it("answers a repeated key with its order even when the product was withdrawn since, and refuses a new key", async () => {
    const surgical = await product("EPI-MCH-50");
    const key = randomUUID();
    const placed = await order(surgical.id, 2, "STATE_STOCK", key);
    await db().product.update({ where: { id: surgical.id }, data: { active: false } });
    expect(await order(surgical.id, 2, "STATE_STOCK", key)).toEqual({ ...placed, replayed: true });
    expect(await settled(order(surgical.id, 2))).toEqual({ refused: "PRODUCT_UNAVAILABLE" });
    expect(await db().order.count()).toBe(1);
  });

  it("refuses over the quota with the limit and what remains, changes nothing, and offers the rest", async () => {
    const ffp2 = await product("EPI-FFP2-20");
    expect(await order(ffp2.id, 10)).toMatchObject({ replayed: false });
    await expect(order(ffp2.id, 15)).rejects.toMatchObject({
      code: "ORDER_EXCEEDS_LIMITS",
      message:
        "Commande non enregistrée : quantité au-delà de la limite. Masque FFP2 (boîte de 20) : vous demandez 15 boîtes, mais votre contingent hebdomadaire de 390 masques ne couvre pas cette quantité : vous pouvez encore en commander 9 (180 masques).",
      details: {
        shortfalls: [{ productId: ffp2.id, requestedPacks: 15, availablePacks: 9, limit: "QUOTA", allowedUnits: 390, packSize: 20 }],
        limits: ["QUOTA"],
        counterOffer: [{ productId: ffp2.id, packs: 9 }],
      },
    });
    expect(await db().order.count()).toBe(1);
    expect((await product("EPI-FFP2-20")).stock?.quantity).toBe(500_000 - 200);
    expect(await order(ffp2.id, 9)).toMatchObject({ replayed: false });
  });

  it("gives quota and stock back on cancellation, once, and only for the establishment's own order", async () => {
    const ffp2 = await product("EPI-FFP2-20");
    const placed = await order(ffp2.id, 5);
    const stranger = { id: "someone", email: "x@ehpad-demo.fr", establishmentFiness: "630789014" };
    await expect(cancelOrder(stranger, placed.orderId)).rejects.toMatchObject({ code: "ORDER_NOT_FOUND" });

    await cancelOrder(actor, placed.orderId);
    expect((await db().weeklyQuotaUsage.findFirstOrThrow()).usedUnits).toBe(0);
    expect((await product("EPI-FFP2-20")).stock?.quantity).toBe(500_000);
    await expect(cancelOrder(actor, placed.orderId)).rejects.toMatchObject({ code: "ORDER_TRANSITION_REFUSED", details: { from: "CANCELLED", to: "CANCELLED" } });
    expect(await db().auditLog.count({ where: { action: "order.cancel" } })).toBe(1);
  });

  it("records a consortium order outside tension at its price, without quota or stock", async () => {
    const gloves = await product("EPI-GNT-100");
    const outcome = await order(gloves.id, 3, "CONSORTIUM");
    expect(await db().order.findUniqueOrThrow({ where: { id: outcome.orderId } })).toMatchObject({
      kind: "CONSORTIUM",
      status: "SUBMITTED",
      totalCents: 3 * 100 * 5,
      purchaseOrderNumber: "BC-2026/0042",
      billingAddress: "Clinique du Parc\n12 rue des Lilas\n69003 Lyon",
    });
    expect(await db().weeklyQuotaUsage.count()).toBe(0);
  });

  it("refuses a product ordered through the wrong channel, with nothing written", async () => {
    const gloves = await product("EPI-GNT-100");
    const ffp2 = await product("EPI-FFP2-20");
    await expect(order(gloves.id, 1, "STATE_STOCK")).rejects.toMatchObject({ code: "PRODUCT_NOT_IN_TENSION" });
    await expect(order(ffp2.id, 1, "CONSORTIUM")).rejects.toMatchObject({ code: "PRODUCT_IN_TENSION" });
    expect(await db().order.count()).toBe(0);
  });

  it("counts, for a multi-site EJ, the override of a site that applies this week (the latest wins) and the week's use", async () => {
    const now = new Date();
    const week = isoWeekOf(now).key;
    const earlier = new Date(now.getTime() - 60_000);
    const override = (weeklyUnits: number, createdAt: Date, fromWeek: string | null = null, toWeek: string | null = null) => ({
      establishmentFiness: "380000117",
      categoryCode: "MASQUES_FFP2",
      weeklyUnits,
      fromWeek,
      toWeek,
      reason: "test",
      createdAt,
    });
    await db().quotaOverride.createMany({
      data: [override(100, earlier), override(2_000, now), override(9, new Date(now.getTime() + 60_000), "2099-W01")],
    });
    await db().weeklyQuotaUsage.create({ data: { accountFiness: "380780007", categoryCode: "MASQUES_FFP2", week, usedUnits: 40 } });
    const { quotas, establishments } = await quotaOverview("380780007", now);
    // The 1 850-bed site takes its latest override in force (2 000); the other site keeps its computed 420 + 750.
    expect(quotas.find((q) => q.code === "MASQUES_FFP2")).toMatchObject({ allowedUnits: 2_000 + 420 + 750, usedUnits: 40 });
    expect(establishments.map((e) => e.finess)).toEqual(["380000117", "380000125"]);
  });

  it("lets a public multi-site EJ order on the sum of its sites' quotas and choose the delivered site", async () => {
    const chu = { ...actor, establishmentFiness: "380780007" };
    const { quotas } = await quotaOverview("380780007", new Date());
    // Sites: 1 850 beds + 7 200 staff, 420 beds + 1 500 staff; FFP2 = 1 per bed + 0.5 per staff member.
    expect(quotas.find((q) => q.code === "MASQUES_FFP2")?.allowedUnits).toBe(1850 + 3600 + 420 + 750);
    const ffp2 = await product("EPI-FFP2-20");
    const input = (deliveryFiness?: string) =>
      placeOrderSchema.parse({ idempotencyKey: randomUUID(), kind: "STATE_STOCK", deliveryFiness, lines: [{ productId: ffp2.id, packs: 1 }] });
    await expect(placeOrder(chu, input())).rejects.toMatchObject({ code: "DELIVERY_SITE_REQUIRED" });
    await expect(placeOrder(chu, input("690812342"))).rejects.toMatchObject({ code: "DELIVERY_SITE_REQUIRED" });
    const outcome = await placeOrder(chu, input("380000125"));
    // 1 850 beds: Santé publique France delivers the largest hospitals directly; the 420-bed site gets La Poste.
    expect(await db().order.findUniqueOrThrow({ where: { id: outcome.orderId } })).toMatchObject({ deliveryFiness: "380000125", carrier: "LA_POSTE" });
    const north = await placeOrder(chu, input("380000117"));
    expect((await db().order.findUniqueOrThrow({ where: { id: north.orderId } })).carrier).toBe("SPF_DIRECT");
  });
});
