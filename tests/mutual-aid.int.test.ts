import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { brokerExchange, moveExchange, offerSurplus, requestLoan } from "@/lib/server/mutual-aid/exchanges";
import { localAidFor, regionNeeds } from "@/lib/server/mutual-aid/local-aid";
import { exchangesOfAccount, exchangesOfRegion } from "@/lib/server/mutual-aid/queries";
import { loadAccountsCover } from "@/lib/server/stock/account-cover";
import { MUTUAL_AID_FINESS } from "@/prisma/demo/mutual-aid";
import { DEMO_FINESS } from "@/prisma/demo/establishments";
import { seedDemo, seedMutualAidScenario } from "@/prisma/seed";
import { resetDatabase } from "./database";
import { createUser, demoProduct } from "./reporting-factories";

const EHPAD = MUTUAL_AID_FINESS.ehpadEt;
const HOSPITAL = MUTUAL_AID_FINESS.hospitalEt;
const CLINIC_ONE_COUNT = MUTUAL_AID_FINESS.clinicEt;
const LYON_CLINIC = DEMO_FINESS.clinicEt;
const IDF_CLINIC = DEMO_FINESS.idfClinicEt;

const operatorOf = async (finess: string) => {
  const user = await createUser(`operateur.${finess}@demo.fr`, { boundFiness: finess });
  return { id: user.id, email: user.email, regionCode: null, establishmentFiness: finess };
};
const arsAra = { id: "ars-ara", email: "ars.ara@demo.fr", regionCode: "84", establishmentFiness: null };
const arsIdf = { id: "ars-idf", email: "ars.idf@demo.fr", regionCode: "11", establishmentFiness: null };

/** The latest declared stock of gloves of an account. */
async function gloves(accountFiness: string) {
  const product = await demoProduct("EPI-GNT-100");
  return (await db().stockDeclaration.findFirst({ where: { accountFiness, productId: product.id }, orderBy: { declaredAt: "desc" } }))?.quantity ?? null;
}

/** Runs the same call twice at once: exactly one must go through, the other be refused in French. */
async function twiceAtOnce<T>(call: () => Promise<T>, refusal: RegExp) {
  const outcomes = await Promise.allSettled([call(), call()]);
  expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
  const rejected = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
  expect(rejected.reason.message).toMatch(refusal);
}

// The referential and catalogue once; what the tests write (users, counts, exchanges, audit) afresh for each.
beforeAll(async () => {
  await resetDatabase();
  await seedDemo(db());
});

beforeEach(async () => {
  await db().$executeRawUnsafe(`TRUNCATE "Exchange", "StockDeclaration", "AuditLog", "User" RESTART IDENTITY CASCADE`);
  await seedMutualAidScenario(db());
});

describe("who can help, nearby", () => {
  it("proposes the hospital with plenty to the short EHPAD, never the clinic whose cover is unknown", async () => {
    const aid = (await localAidFor(EHPAD, new Date()))!;
    const glovesAid = aid.categories.find((c) => c.code === "GANTS")!;
    expect(glovesAid.short).toBe(true);
    expect(glovesAid.cover.weeksOfCover).toBeCloseTo(1200 / 900, 5);
    // The clinic holds more gloves than the hospital, but counted once: its consumption, hence its cover, is unknown.
    expect(await gloves(CLINIC_ONE_COUNT)).toBe(50_000);
    expect(glovesAid.lenders.map((l) => l.account.finess)).toEqual([HOSPITAL]);
    const [hospital] = glovesAid.lenders;
    expect(hospital.lendableUnits).toBe(25_000);
    expect(hospital.suggestedUnits).toBe(1500);
    expect(hospital.distanceKm).toBeGreaterThan(20);
    expect(hospital.distanceKm).toBeLessThan(30);
    // Categories the EHPAD is not short of get no proposal.
    expect(aid.categories.filter((c) => c.lenders.length > 0).map((c) => c.code)).toEqual(["GANTS"]);
  });

  it("lists the region's needs medico-social first for its ARS", async () => {
    const needs = await regionNeeds("84", new Date());
    expect(needs.map((n) => [n.account.finess, n.account.sector, n.aid.code])).toEqual([[EHPAD, "MEDICO_SOCIAL", "GANTS"]]);
    expect(await regionNeeds("11", new Date())).toEqual([]);
  });
});

describe("a loan between neighbours", () => {
  it("moves both declared stocks once, by the quantity agreed, even when every step is sent twice at once; all audited", async () => {
    const borrower = await operatorOf(EHPAD);
    const lender = await operatorOf(HOSPITAL);
    const product = await demoProduct("EPI-GNT-100");
    const before = (await loadAccountsCover([HOSPITAL], new Date())).get(HOSPITAL)!.categories.find((c) => c.code === "GANTS")!.cover;

    const { id, number } = await requestLoan(borrower, { lenderFiness: HOSPITAL, productId: product.id, units: "2000", note: "Rupture prévue vendredi" });
    await expect(moveExchange(lender, { exchangeId: id, to: "ACCEPTED", agreedUnits: "2500" })).rejects.toMatchObject({ code: "AGREED_UNITS_ABOVE_REQUEST" });
    await expect(moveExchange(borrower, { exchangeId: id, to: "ACCEPTED", agreedUnits: "1500" })).rejects.toMatchObject({ code: "EXCHANGE_MOVE_REFUSED" });
    await twiceAtOnce(() => moveExchange(lender, { exchangeId: id, to: "ACCEPTED", agreedUnits: "1500" }), /déjà « Accepté »/);
    await expect(moveExchange(borrower, { exchangeId: id, to: "RECEIVED" })).rejects.toMatchObject({ code: "EXCHANGE_MOVE_REFUSED" });
    await twiceAtOnce(() => moveExchange(lender, { exchangeId: id, to: "HANDED_OVER" }), /déjà « Remis »/);
    expect(await gloves(HOSPITAL)).toBe(26_500);
    expect(await gloves(EHPAD)).toBe(1200);
    await twiceAtOnce(() => moveExchange(borrower, { exchangeId: id, to: "RECEIVED" }), /déjà « Reçu »/);
    expect(await gloves(EHPAD)).toBe(2700);
    expect(await gloves(HOSPITAL)).toBe(26_500);

    // The loan is not consumption: the hospital still consumed 2 000 gloves over its counts, not 3 500.
    const after = (await loadAccountsCover([HOSPITAL], new Date())).get(HOSPITAL)!.categories.find((c) => c.code === "GANTS")!.cover;
    const consumed = (cover: typeof after) => cover.products.flatMap((p) => (p.estimate.status === "ESTIMATED" ? [p.estimate.consumedUnits] : []));
    expect(consumed(before)).toEqual([2000]);
    expect(consumed(after)).toEqual([2000]);
    expect(after.stockUnits).toBe(26_500);

    expect((await db().auditLog.findMany({ where: { entityId: id }, orderBy: { id: "asc" } })).map((a) => [a.action, a.actorEmail])).toEqual([
      ["exchange.request", borrower.email],
      ["exchange.accept", lender.email],
      ["exchange.hand-over", lender.email],
      ["exchange.receive", borrower.email],
    ]);
    const stockAudits = await db().auditLog.findMany({ where: { action: "stock.declare", entityType: "StockDeclaration" }, orderBy: { id: "asc" } });
    expect(stockAudits.map((a) => (a.after as { quantity: number; exchangeNumber: number }).quantity)).toEqual([26_500, 2700]);
    expect(stockAudits.every((a) => (a.after as { exchangeNumber: number }).exchangeNumber === number)).toBe(true);

    // Both sides and the region's ARS see it; another region's does not.
    expect((await exchangesOfAccount(EHPAD)).map((e) => [e.number, e.status, e.agreedUnits, e.lender.name])).toEqual([[number, "RECEIVED", 1500, "CH DU BEAUJOLAIS"]]);
    expect((await exchangesOfAccount(HOSPITAL)).map((e) => e.id)).toEqual([id]);
    expect((await exchangesOfRegion("84")).map((e) => e.id)).toEqual([id]);
    expect(await exchangesOfRegion("11")).toEqual([]);
  });

  it("is refused to a third establishment, across regions, to oneself, and beyond the lender's declared stock", async () => {
    const borrower = await operatorOf(EHPAD);
    const lender = await operatorOf(HOSPITAL);
    const stranger = await operatorOf(LYON_CLINIC);
    const product = await demoProduct("EPI-GNT-100");
    await expect(requestLoan(borrower, { lenderFiness: IDF_CLINIC, productId: product.id, units: "10", note: "" })).rejects.toMatchObject({ code: "EXCHANGE_ACROSS_REGIONS" });
    await expect(requestLoan(borrower, { lenderFiness: EHPAD, productId: product.id, units: "10", note: "" })).rejects.toMatchObject({ code: "SELF_LOAN" });
    const { id } = await requestLoan(borrower, { lenderFiness: HOSPITAL, productId: product.id, units: "40000", note: "" });
    await expect(moveExchange(stranger, { exchangeId: id, to: "DECLINED" })).rejects.toMatchObject({ code: "NOT_EXCHANGE_PARTY" });
    await moveExchange(lender, { exchangeId: id, to: "ACCEPTED", agreedUnits: "40000" });
    await expect(moveExchange(lender, { exchangeId: id, to: "HANDED_OVER" })).rejects.toMatchObject({ code: "DECLARED_STOCK_SHORT" });
    expect(await gloves(HOSPITAL)).toBe(28_000);
    expect((await db().exchange.findUniqueOrThrow({ where: { id } })).status).toBe("ACCEPTED");
  });
});

describe("surplus offered to the ARS", () => {
  it("is given a borrower by the region's ARS only, once, within what was offered", async () => {
    const lender = await operatorOf(HOSPITAL);
    const product = await demoProduct("EPI-GNT-100");
    await expect(offerSurplus(lender, { productId: product.id, units: "30000", note: "" })).rejects.toMatchObject({ code: "OFFER_ABOVE_DECLARED" });
    const { id } = await offerSurplus(lender, { productId: product.id, units: "5000", note: "Péremption 2028" });
    await expect(brokerExchange(arsIdf, { kind: "OFFER", exchangeId: id, borrowerFiness: EHPAD, units: "1000" })).rejects.toMatchObject({ code: "OFFER_OF_ANOTHER_REGION" });
    await expect(brokerExchange(arsAra, { kind: "OFFER", exchangeId: id, borrowerFiness: EHPAD, units: "6000" })).rejects.toMatchObject({ code: "AGREED_UNITS_ABOVE_REQUEST" });
    await expect(brokerExchange(arsAra, { kind: "OFFER", exchangeId: id, borrowerFiness: IDF_CLINIC, units: "1000" })).rejects.toMatchObject({ code: "EXCHANGE_ACROSS_REGIONS" });
    await twiceAtOnce(() => brokerExchange(arsAra, { kind: "OFFER", exchangeId: id, borrowerFiness: EHPAD, units: "1500" }), /« Accepté »/);
    expect(await db().exchange.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "ACCEPTED", borrowerFiness: EHPAD, agreedUnits: 1500, brokeredById: "ars-ara" });
  });

  it("lets the ARS propose a lender to a borrower of its region, not of another", async () => {
    const product = await demoProduct("EPI-GNT-100");
    await expect(brokerExchange(arsIdf, { kind: "LOAN", borrowerFiness: EHPAD, lenderFiness: HOSPITAL, productId: product.id, units: "1500", note: "" })).rejects.toMatchObject({
      code: "EXCHANGE_ACROSS_REGIONS",
    });
    const { id } = await brokerExchange(arsAra, { kind: "LOAN", borrowerFiness: EHPAD, lenderFiness: HOSPITAL, productId: product.id, units: "1500", note: "" });
    expect(await db().exchange.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "REQUESTED", borrowerFiness: EHPAD, lenderFiness: HOSPITAL, brokeredById: "ars-ara" });
    expect(await db().auditLog.count({ where: { entityId: id, action: "exchange.broker", actorEmail: "ars.ara@demo.fr" } })).toBe(1);
  });
});
