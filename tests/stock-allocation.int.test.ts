import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { isoWeekOf, parisDateKey, parseWeekKey, shiftWeek } from "@/lib/domain/time/paris-time";
import { belowTargetRows } from "@/lib/domain/stock/region-cover";
import { formatCount } from "@/lib/domain/wording/french";
import { openAllocationRound, requestAllocation, runAllocation } from "@/lib/server/allocation/rounds";
import { allocationRoundsForAccount } from "@/lib/server/allocation/queries";
import { db } from "@/lib/server/db";
import { placeOrder } from "@/lib/server/orders/place-order";
import { quotaOverview } from "@/lib/server/orders/quota-overview";
import { approveQuotaRevision, rejectQuotaRevision, requestQuotaRevision } from "@/lib/server/quota-revision/revisions";
import { loadAccountsCover } from "@/lib/server/stock/account-cover";
import { declareStock } from "@/lib/server/stock/declarations";
import { coverScope, regionCover } from "@/lib/server/stock/region-cover";
import { declareStockSchema } from "@/lib/schemas/stock-declaration";
import { placeOrderSchema } from "@/lib/schemas/orders";
import { DEMO_FINESS } from "@/prisma/demo/establishments";
import { seedDemo } from "@/prisma/seed";
import { resetDatabase } from "./database";

const CLINIC = "690812342"; // Lyon (69), region 84: FFP2 quota 180 + 420 × 0.5 = 390 masks = 19 boxes of 20.
const EHPAD = "630789014"; // Clermont-Ferrand (63), region 84: 84 + 31 = 115 masks = 5 boxes.
const CH_MONO = "010005015"; // Belley (01), region 84: 310 + 325 = 635 masks = 31 boxes.
const CHU_EJ = "380780007"; // Grenoble, two sites: 1 850 + 3 600 + 420 + 750 = 6 620 masks = 331 boxes.
const IDF_CLINIC = "920003019";

const plain = (s: string) => s.replace(/\u202f|\u00a0/g, " ");
const establishment = (finess: string) => ({ id: `user-${finess}`, email: `operateur@${finess}.fr`, establishmentFiness: finess });
const admin = { id: "admin-id", email: "admin@demo.fr" };
const arsAra = { id: "ars-ara", email: "ars.ara@demo.fr", regionCode: "84", roles: ["ARS" as const] };
const arsIdf = { id: "ars-idf", email: "ars.idf@demo.fr", regionCode: "11", roles: ["ARS" as const] };

// Every call gets an explicit moment inside the current ISO week, whatever the day the tests run.
const week = isoWeekOf(new Date());
const at = (hours: number) => new Date(week.startsAt.getTime() + hours * 3_600_000);
const cutoff = at(72 + 12); // Thursday 12:00, Paris time.

async function ffp2() {
  return db().product.findUniqueOrThrow({ where: { reference: "EPI-FFP2-20" }, include: { stock: true } });
}

describe("a fair-allocation week", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDemo(db());
  });

  it("collects requests until the cut-off, shares the stock pro rata to quotas once, and explains it", async () => {
    const product = await ffp2();
    // 30 boxes and 15 loose masks: the loose ones cannot be shared in boxes and stay in stock.
    await db().nationalStock.update({ where: { productId: product.id }, data: { quantity: 615 } });
    const round = await openAllocationRound(admin, { productId: product.id, week: week.key, cutoffOn: parisDateKey(cutoff), cutoffTime: "12:00" }, at(9));
    expect(round.cutoffAt).toEqual(cutoff);
    await expect(
      openAllocationRound(admin, { productId: product.id, week: week.key, cutoffOn: parisDateKey(cutoff), cutoffTime: "13:00" }, at(9)),
    ).rejects.toMatchObject({ code: "ROUND_ALREADY_OPEN" });

    // First come, first served is closed for this product, not for the others.
    const order = (finess: string, productId: string, packs: number) =>
      placeOrder(establishment(finess), placeOrderSchema.parse({ idempotencyKey: randomUUID(), kind: "STATE_STOCK", lines: [{ productId, packs }] }), at(10));
    await expect(order(CLINIC, product.id, 1)).rejects.toMatchObject({ code: "PRODUCT_IN_ALLOCATION", details: { product: "Masque FFP2 (boîte de 20)" } });
    const surgical = await db().product.findUniqueOrThrow({ where: { reference: "EPI-MCH-50" } });
    expect(await order(CLINIC, surgical.id, 1)).toMatchObject({ replayed: false });

    // Requests, several at once (the clinic twice: its second request replaces the first).
    const ask = (finess: string, packs: number, now = at(10)) => requestAllocation(establishment(finess), { roundId: round.roundId, packs }, now);
    await expect(ask(EHPAD, 6)).rejects.toMatchObject({ code: "ROUND_QUOTA_EXCEEDED" });
    await Promise.all([ask(CLINIC, 10), ask(EHPAD, 5), ask(CH_MONO, 31), ask(CHU_EJ, 100), ask(CLINIC, 19)]);
    const requests = await db().allocationRequest.findMany({ where: { roundId: round.roundId }, orderBy: { accountFiness: "asc" } });
    expect(requests.map((r) => [r.accountFiness, r.quotaUnits])).toEqual([
      [CH_MONO, 635],
      [CHU_EJ, 6620],
      [EHPAD, 115],
      [CLINIC, 390],
    ]);
    expect([10, 19]).toContain(requests.find((r) => r.accountFiness === CLINIC)!.requestedPacks);
    await ask(CLINIC, 19);
    await expect(ask(IDF_CLINIC, 1, cutoff)).rejects.toMatchObject({ code: "ROUND_CLOSED" });

    // Not before the cut-off, unless forced; then twice at once: one allocation.
    await expect(runAllocation(admin, { roundId: round.roundId }, at(80))).rejects.toMatchObject({ code: "ROUND_CUTOFF_NOT_REACHED" });
    const runs = await Promise.all([runAllocation(admin, { roundId: round.roundId }, at(90)), runAllocation(admin, { roundId: round.roundId }, at(90))]);
    expect(runs.map((r) => r.alreadyAllocated).sort()).toEqual([false, true]);
    expect(await runAllocation(admin, { roundId: round.roundId }, at(100))).toMatchObject({ alreadyAllocated: true, totalAllocatedPacks: 30, orders: 3 });

    // 30 boxes for quotas 390 : 115 : 635 : 6 620 → exact shares 1.51, 0.44, 2.45, 25.59; floors 1, 0, 2, 25, and the
    // two boxes left go to the largest remainders (the CHU's .59, the clinic's .51).
    const allocated = await db().allocationRequest.findMany({ where: { roundId: round.roundId }, orderBy: { accountFiness: "asc" } });
    expect(allocated.map((r) => [r.accountFiness, r.requestedPacks, r.allocatedPacks])).toEqual([
      [CH_MONO, 31, 2],
      [CHU_EJ, 100, 26],
      [EHPAD, 5, 0],
      [CLINIC, 19, 2],
    ]);
    expect((await ffp2()).stock?.quantity).toBe(15);
    const orders = await db().order.findMany({ where: { idempotencyKey: `allocation:${round.roundId}` }, include: { lines: true }, orderBy: { accountFiness: "asc" } });
    expect(orders.map((o) => [o.accountFiness, o.deliveryFiness, o.kind, o.status, o.week, o.lines[0].packs, o.lines[0].units])).toEqual([
      [CH_MONO, CH_MONO, "STATE_STOCK", "SUBMITTED", week.key, 2, 40],
      // The EJ's allocation goes to its largest site.
      [CHU_EJ, "380000117", "STATE_STOCK", "SUBMITTED", week.key, 26, 520],
      [CLINIC, CLINIC, "STATE_STOCK", "SUBMITTED", week.key, 2, 40],
    ]);
    expect(allocated.filter((r) => r.orderId).map((r) => r.orderId).sort()).toEqual(orders.map((o) => o.id).sort());
    const usage = await db().weeklyQuotaUsage.findMany({ where: { categoryCode: "MASQUES_FFP2", week: week.key }, orderBy: { accountFiness: "asc" } });
    expect(usage.map((u) => [u.accountFiness, u.usedUnits])).toEqual([
      [CH_MONO, 40],
      [CHU_EJ, 520],
      [EHPAD, 0],
      [CLINIC, 40],
    ]);
    expect(await db().allocationRound.findUniqueOrThrow({ where: { id: round.roundId } })).toMatchObject({ status: "ALLOCATED", stockUnits: 615 });
    expect(await db().auditLog.count({ where: { action: "allocation.run" } })).toBe(1);
    expect(await db().auditLog.count({ where: { action: "allocation.request" } })).toBe(6);

    // Each establishment sees what it received and why; the round no longer blocks ordering.
    const [seen] = await allocationRoundsForAccount(EHPAD, at(100));
    expect(plain(seen.request!.explanation!)).toBe(
      "Reçu 0 boîte sur 5 demandées : stock national de 30 boîtes réparti au prorata des contingents (155 boîtes demandées en tout).",
    );
    const [clinicView] = await allocationRoundsForAccount(CLINIC, at(100));
    expect(clinicView.request!.explanation).toMatch(/^Reçu 2 boîtes sur 19 demandées : stock national de 30 boîtes/);
    await expect(order(CLINIC, product.id, 1)).rejects.toMatchObject({ code: "ORDER_EXCEEDS_LIMITS" });
    expect(await allocationRoundsForAccount(IDF_CLINIC, at(100))).toEqual([]);
  });

  it("serves every request when the stock covers them, and can be forced before the cut-off", async () => {
    const product = await ffp2();
    const round = await openAllocationRound(admin, { productId: product.id, week: week.key, cutoffOn: parisDateKey(cutoff), cutoffTime: "12:00" }, at(9));
    await requestAllocation(establishment(CLINIC), { roundId: round.roundId, packs: 4 }, at(10));
    await requestAllocation(establishment(EHPAD), { roundId: round.roundId, packs: 5 }, at(10));
    expect(await runAllocation(admin, { roundId: round.roundId, force: true }, at(11))).toMatchObject({
      alreadyAllocated: false,
      totalAllocatedPacks: 9,
      orders: 2,
    });
    await expect(requestAllocation(establishment(CH_MONO), { roundId: round.roundId, packs: 1 }, at(12))).rejects.toMatchObject({ code: "ROUND_CLOSED" });
    expect((await ffp2()).stock?.quantity).toBe(500_000 - 180);
    const [view] = await allocationRoundsForAccount(CLINIC, at(12));
    expect(plain(view.request!.explanation!)).toBe("Reçu 4 boîtes sur 4 demandées : le stock national de 25 000 boîtes couvrait toutes les demandes.");
  });

  it("refuses to open a round for a product outside tension, in the past or with a cut-off after the week", async () => {
    const gloves = await db().product.findUniqueOrThrow({ where: { reference: "EPI-GNT-100" } });
    const product = await ffp2();
    const input = { productId: gloves.id, week: week.key, cutoffOn: parisDateKey(cutoff), cutoffTime: "12:00" };
    await expect(openAllocationRound(admin, input, at(9))).rejects.toMatchObject({ code: "ROUND_PRODUCT_NOT_IN_TENSION" });
    await expect(openAllocationRound(admin, { ...input, productId: product.id, week: shiftWeek(week.key, -1) }, at(9))).rejects.toMatchObject({ code: "ROUND_WEEK_PAST" });
    await expect(openAllocationRound(admin, { ...input, productId: product.id }, at(90))).rejects.toMatchObject({ code: "CUTOFF_IN_PAST" });
    const nextMonday = parisDateKey(week.endsAt);
    await expect(openAllocationRound(admin, { ...input, productId: product.id, cutoffOn: nextMonday }, at(9))).rejects.toMatchObject({ code: "CUTOFF_AFTER_WEEK" });
  });
});

describe("stock declarations and weeks of cover", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDemo(db());
  });

  const declare = (finess: string, lines: Array<{ productId: string; quantity?: number | string }>, countedOn: string | undefined, now: Date) =>
    declareStock(establishment(finess), declareStockSchema.parse({ countedOn, lines }), now);

  it("keeps the history, estimates consumption with deliveries, and lists the account below target for its ARS only", async () => {
    const now = new Date();
    const product = await ffp2();
    const surgical = await db().product.findUniqueOrThrow({ where: { reference: "EPI-MCH-50" } });
    const twoWeeksAgo = parisDateKey(new Date(now.getTime() - 14 * 86_400_000));
    await declare(CLINIC, [{ productId: product.id, quantity: "2000" }, { productId: surgical.id, quantity: "" }], twoWeeksAgo, now);
    // 400 masks delivered in between.
    await db().order.create({
      data: {
        accountFiness: CLINIC,
        deliveryFiness: CLINIC,
        kind: "STATE_STOCK",
        status: "DELIVERED",
        week: isoWeekOf(now).key,
        carrier: "LA_POSTE",
        idempotencyKey: randomUUID(),
        createdById: "someone",
        deliveredAt: new Date(now.getTime() - 7 * 86_400_000),
        lines: { create: { productId: product.id, categoryCode: "MASQUES_FFP2", packs: 20, units: 400, unitPriceCents: 0 } },
      },
    });
    await expect(declare(CLINIC, [{ productId: product.id, quantity: 1 }], parisDateKey(new Date(now.getTime() - 20 * 86_400_000)), now)).rejects.toMatchObject({
      code: "COUNT_DATE_BEFORE_PREVIOUS",
    });
    await declare(CLINIC, [{ productId: product.id, quantity: 600 }, { productId: surgical.id, quantity: 5000 }], undefined, now);
    expect(await db().stockDeclaration.count({ where: { accountFiness: CLINIC } })).toBe(3);
    expect(await db().auditLog.count({ where: { action: "stock.declare" } })).toBe(3);

    const cover = (await loadAccountsCover([CLINIC], now)).get(CLINIC)!;
    const masks = cover.categories.find((c) => c.code === "MASQUES_FFP2")!;
    // 2 000 + 400 − 600 = 1 800 used since the count of two weeks ago (at noon): about 900 a week; 600 in stock.
    const first = await db().stockDeclaration.findFirstOrThrow({ where: { accountFiness: CLINIC }, orderBy: { declaredAt: "asc" } });
    const weeks = (now.getTime() - first.declaredAt.getTime()) / (7 * 86_400_000);
    expect(masks.cover).toMatchObject({ status: "BELOW_TARGET", stockUnits: 600 });
    expect(masks.cover.weeklyConsumption).toBeCloseTo(1800 / weeks, 6);
    // Around 900: more in the morning, less in the afternoon, the count being at noon.
    expect(plain(masks.explanation)).toMatch(
      new RegExp(`^Au rythme de ${formatCount(1800 / weeks)} masques par semaine, avec 600 en stock et rien en cours de livraison, la couverture est déjà sous 3 semaines`),
    );
    expect(cover.categories.find((c) => c.code === "MASQUES_CHIRURGICAUX")!.explanation).toBe("Estimation impossible : déclarez votre stock au moins deux fois.");
    expect(cover.lastDeclaredAt).toEqual(now);

    const ara = await regionCover("84", now);
    // The demo's CH de Belley declared a low FFP2 stock at seed time (prisma/demo/stock.ts).
    expect(belowTargetRows(ara.accounts).map((r) => [r.account.finess, r.category.code])).toEqual([
      [CLINIC, "MASQUES_FFP2"],
      [CH_MONO, "MASQUES_FFP2"],
    ]);
    expect(ara.departements.map((d) => d.code)).toContain("69");
    const idf = await regionCover("11", now);
    expect(idf.accounts.map((a) => a.finess)).not.toContain(CLINIC);

    expect(coverScope(arsAra, null)).toEqual({ ok: true, regionCode: "84" });
    expect(coverScope(arsIdf, "84")).toMatchObject({ ok: false, refusal: { code: "COVER_OUT_OF_SCOPE" } });
    expect(coverScope({ roles: ["NATIONAL_ADMIN"], regionCode: null }, null)).toEqual({ ok: true, regionCode: null });
    expect(coverScope({ roles: ["OPERATOR"], regionCode: null }, null)).toMatchObject({ ok: false, refusal: { code: "FORBIDDEN" } });
  });
});

describe("quota revisions", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDemo(db());
  });

  const now = at(10);
  const next = shiftWeek(week.key, 1);
  /** The FFP2 quota quotaOverview applies on the Tuesday of a week. */
  const allowedIn = async (finess: string, weekKey: string) => {
    const overview = await quotaOverview(finess, new Date(parseWeekKey(weekKey)!.startsAt.getTime() + 36 * 3_600_000));
    return overview.quotas.find((q) => q.code === "MASQUES_FFP2")!.allowedUnits;
  };

  it("refuses a revision where none of the 18 ARS covers the establishment, naming its health authority", async () => {
    const revision = { categoryCode: "MASQUES_FFP2", fromWeek: next, weeks: 2, requestedUnits: 5000, justification: "Épidémie de grippe dans deux services, besoins doublés." };
    await expect(requestQuotaRevision(establishment(DEMO_FINESS.miquelonHospitalEt), revision, now)).rejects.toMatchObject({
      code: "NO_ARS_FOR_TERRITORY",
      details: { authority: "l'Administration territoriale de santé de Saint-Pierre-et-Miquelon" },
    });
    expect(await db().quotaRevisionRequest.count()).toBe(0);
  });

  it("applies an approved revision for exactly the weeks granted, audited, and only by the account's ARS", async () => {
    const revision = { categoryCode: "MASQUES_FFP2", fromWeek: next, weeks: 2, justification: "Épidémie de grippe dans deux services, besoins doublés." };
    await expect(requestQuotaRevision(establishment(CLINIC), { ...revision, requestedUnits: 390 }, now)).rejects.toMatchObject({ code: "REVISION_NOT_ABOVE_QUOTA" });
    const { requestId } = await requestQuotaRevision(establishment(CLINIC), { ...revision, requestedUnits: 1000 }, now);
    await expect(requestQuotaRevision(establishment(CLINIC), { ...revision, requestedUnits: 1200 }, now)).rejects.toMatchObject({ code: "REVISION_ALREADY_PENDING" });
    expect(await db().quotaRevisionRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({ regionCode: "84", status: "PENDING" });

    await expect(approveQuotaRevision(arsIdf, { requestId, grantedUnits: 800 }, now)).rejects.toMatchObject({ code: "REVISION_OF_ANOTHER_REGION" });
    await expect(approveQuotaRevision(arsAra, { requestId, grantedUnits: 1001 }, now)).rejects.toMatchObject({ code: "GRANT_ABOVE_REQUEST" });
    const approved = await approveQuotaRevision(arsAra, { requestId, grantedUnits: 800 }, now);
    expect(approved).toMatchObject({ fromWeek: next, toWeek: shiftWeek(week.key, 2) });
    await expect(rejectQuotaRevision(arsAra, { requestId, reason: "Trop tard" }, now)).rejects.toMatchObject({ code: "ALREADY_DECIDED" });

    expect(await allowedIn(CLINIC, week.key)).toBe(390);
    expect(await allowedIn(CLINIC, next)).toBe(800);
    expect(await allowedIn(CLINIC, shiftWeek(week.key, 2))).toBe(800);
    expect(await allowedIn(CLINIC, shiftWeek(week.key, 3))).toBe(390);
    expect(await db().quotaRevisionRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({ status: "APPROVED", grantedUnits: 800, decidedById: "ars-ara" });
    expect(await db().auditLog.findFirstOrThrow({ where: { action: "quota-revision.approve" } })).toMatchObject({ actorEmail: "ars.ara@demo.fr", entityId: requestId });
  });

  it("splits an EJ's granted quota across its sites so that the account gets exactly the amount", async () => {
    const { requestId } = await requestQuotaRevision(
      establishment(CHU_EJ),
      { categoryCode: "MASQUES_FFP2", requestedUnits: 10_000, fromWeek: week.key, weeks: 1, justification: "Plan blanc : réouverture de lits de réanimation." },
      now,
    );
    await approveQuotaRevision(arsAra, { requestId, grantedUnits: 9_999 }, now);
    const overrides = await db().quotaOverride.findMany({ where: { categoryCode: "MASQUES_FFP2" }, orderBy: { establishmentFiness: "asc" } });
    // Computed quotas 5 450 and 1 170: 9 999 split 8 232.03 / 1 766.97 → 8 232 and 1 767 (the larger remainder).
    expect(overrides.map((o) => [o.establishmentFiness, o.weeklyUnits, o.fromWeek, o.toWeek])).toEqual([
      ["380000117", 8232, week.key, week.key],
      ["380000125", 1767, week.key, week.key],
    ]);
    expect(await allowedIn(CHU_EJ, week.key)).toBe(9_999);
  });

  it("records a refusal with its reason", async () => {
    const { requestId } = await requestQuotaRevision(
      establishment(EHPAD),
      { categoryCode: "MASQUES_FFP2", requestedUnits: 500, fromWeek: next, weeks: 4, justification: "Service de soins à domicile : 1 500 visites par semaine." },
      now,
    );
    await rejectQuotaRevision(arsAra, { requestId, reason: "Besoin déjà couvert par le stock régional." }, now);
    expect(await db().quotaRevisionRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
      status: "REJECTED",
      decisionReason: "Besoin déjà couvert par le stock régional.",
    });
    expect(await db().quotaOverride.count()).toBe(0);
    expect(await allowedIn(EHPAD, next)).toBe(115);
  });
});
