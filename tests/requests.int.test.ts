import { beforeEach, describe, expect, it } from "vitest";
import { claimsOf, PLAGE_ACCOUNTS } from "@/idp/accounts";
import { isoWeekOf } from "@/lib/domain/time/paris-time";
import { db } from "@/lib/server/db";
import { dashboardDataset } from "@/lib/server/reporting/dashboard-dataset";
import { decideApeRequest, listApeRequestsOfRegion, listApeRequestsOfUser, requestApe } from "@/lib/server/requests/ape-requests";
import { emergencyContexts } from "@/lib/server/requests/emergency-context";
import { loadAccountsCover } from "@/lib/server/stock/account-cover";
import { decideEmergencyRequest, fileEmergencyRequest, listEmergencyRequestsOfRegion } from "@/lib/server/requests/emergency-requests";
import { recordSignIn } from "@/lib/server/repositories/users";
import { plageClaimsSchema } from "@/lib/schemas/plage";
import { seedDemo } from "@/prisma/seed";
import { DEMO_FINESS } from "@/prisma/demo/establishments";
import { resetDatabase } from "./database";
import { tableSnapshot } from "./support/table-snapshot";
import { demoProduct } from "./reporting-factories";

const CLINIC = "690812342";
const CHU_EJ = "380780007";
const CHU_NORTH = "380000117";
const IDF_CLINIC = "920003019";

const arsAra = { id: "ars-ara", email: "ars.ara@demo.fr", regionCode: "84" };
const arsIdf = { id: "ars-idf", email: "ars.idf@demo.fr", regionCode: "11" };
const crisisCentre = { id: "ccs", email: "ccs@demo.fr" };

async function signInClinicOperator(email = "operateur@clinique-demo.fr") {
  const account = PLAGE_ACCOUNTS.find((a) => a.email === email)!;
  const { id } = await recordSignIn(plageClaimsSchema.parse(claimsOf(account)));
  await db().user.update({ where: { id }, data: { boundFiness: CLINIC, registeredAt: new Date() } });
  return id;
}

beforeEach(async () => {
  await resetDatabase();
  await seedDemo(db());
});

describe("APE requests", () => {
  it("go to the ARS of the establishment's region, which grants the role, kept at the next sign-ins; all audited", async () => {
    const userId = await signInClinicOperator();
    const operator = { id: userId, email: "operateur@clinique-demo.fr", roles: ["OPERATOR" as const], establishmentFiness: CLINIC };
    const { id } = await requestApe(operator, { motivation: "Je gère les habilitations de la clinique." });
    await expect(requestApe(operator, { motivation: "Je gère les habilitations de la clinique." })).rejects.toMatchObject({ code: "APE_REQUEST_PENDING" });
    expect((await db().apeRequest.findUniqueOrThrow({ where: { id } })).regionCode).toBe("84");

    await expect(decideApeRequest(arsIdf, { requestId: id, decision: "APPROVED" })).rejects.toMatchObject({ code: "APE_REQUEST_NOT_FOUND" });
    await decideApeRequest(arsAra, { requestId: id, decision: "APPROVED", reason: "Confirmé par la direction" });
    await expect(decideApeRequest(arsAra, { requestId: id, decision: "REJECTED", reason: "Erreur de saisie" })).rejects.toMatchObject({ code: "ALREADY_DECIDED" });
    expect((await db().user.findUniqueOrThrow({ where: { id: userId } })).roles).toEqual(["OPERATOR", "APE"]);

    // PLAGE still says "operator" only: the approved request keeps the APE role at every sign-in.
    await signInClinicOperator();
    expect((await db().user.findUniqueOrThrow({ where: { id: userId } })).roles).toEqual(["OPERATOR", "APE"]);
    expect(await listApeRequestsOfUser(userId)).toEqual([expect.objectContaining({ status: "APPROVED", decisionReason: "Confirmé par la direction" })]);
    expect((await db().auditLog.findMany({ where: { entityId: id }, orderBy: { id: "asc" } })).map((a) => [a.action, a.actorEmail])).toEqual([
      ["ape.request", "operateur@clinique-demo.fr"],
      ["ape.approve", "ars.ara@demo.fr"],
    ]);
  });

  it("are refused, naming whom to address, where none of the 18 ARS covers the establishment; nothing is written", async () => {
    const miquelon = { id: "user-miquelon", email: "operateur@ch-miquelon-demo.fr", roles: ["OPERATOR" as const], establishmentFiness: DEMO_FINESS.miquelonHospitalEt };
    await db().user.create({ data: { id: miquelon.id, email: miquelon.email, plageSubject: "plage-0019", roles: ["OPERATOR"] } });
    const before = await tableSnapshot();
    await expect(requestApe(miquelon, { motivation: "Je gère les habilitations de l'hôpital." })).rejects.toMatchObject({
      code: "NO_ARS_FOR_TERRITORY",
      details: { territory: "Saint-Pierre-et-Miquelon", authority: "l'Administration territoriale de santé de Saint-Pierre-et-Miquelon" },
    });
    expect(await tableSnapshot()).toEqual(before);
  });

  it("make a second APE for an establishment only once the ARS, warned, confirms it", async () => {
    const apeId = await signInClinicOperator("ape@clinique-demo.fr");
    expect((await db().user.findUniqueOrThrow({ where: { id: apeId } })).roles).toContain("APE");
    const userId = await signInClinicOperator();
    const operator = { id: userId, email: "operateur@clinique-demo.fr", roles: ["OPERATOR" as const], establishmentFiness: CLINIC };
    const { id } = await requestApe(operator, { motivation: "Je seconde l'APE actuel pour les habilitations." });
    const { pending } = await listApeRequestsOfRegion("84");
    expect(pending.find((r) => r.id === id)?.currentApes).toEqual(["Marc Fontaine (ape@clinique-demo.fr)"]);

    const before = await tableSnapshot();
    await expect(decideApeRequest(arsAra, { requestId: id, decision: "APPROVED" })).rejects.toMatchObject({
      code: "SECOND_APE_UNCONFIRMED",
      message: expect.stringContaining("a déjà un APE (Marc Fontaine (ape@clinique-demo.fr))"),
    });
    expect(await tableSnapshot()).toEqual(before);

    await decideApeRequest(arsAra, { requestId: id, decision: "APPROVED", confirmed: true });
    expect((await db().user.findUniqueOrThrow({ where: { id: userId } })).roles).toEqual(["OPERATOR", "APE"]);
    expect((await db().auditLog.findFirstOrThrow({ where: { entityId: id, action: "ape.approve" } })).after).toMatchObject({
      roleGranted: true,
      otherApes: ["ape@clinique-demo.fr"],
    });
  });

  it("can be rejected with a reason the requester sees, and asked again", async () => {
    const userId = await signInClinicOperator();
    const operator = { id: userId, email: "operateur@clinique-demo.fr", roles: ["OPERATOR" as const], establishmentFiness: CLINIC };
    const { id } = await requestApe(operator, { motivation: "Je remplace l'APE actuel." });
    await expect(decideApeRequest(arsAra, { requestId: id, decision: "REJECTED" })).rejects.toThrow();
    await decideApeRequest(arsAra, { requestId: id, decision: "REJECTED", reason: "L'APE actuel reste en poste." });
    expect((await db().user.findUniqueOrThrow({ where: { id: userId } })).roles).toEqual(["OPERATOR"]);
    expect(await db().auditLog.count({ where: { entityId: id, action: "ape.reject" } })).toBe(1);
    await requestApe(operator, { motivation: "Nouvelle demande, validée par la direction." });
    expect((await listApeRequestsOfUser(userId)).map((r) => r.status)).toEqual(["PENDING", "REJECTED"]);
    await expect(requestApe({ ...operator, roles: ["OPERATOR", "APE"] }, { motivation: "Encore une demande." })).rejects.toMatchObject({ code: "ALREADY_APE" });
  });
});

describe("emergency top-ups", () => {
  async function fileFfp2(packs: number, establishmentFiness = CLINIC) {
    const ffp2 = await demoProduct("EPI-FFP2-20");
    return fileEmergencyRequest(arsAra, { establishmentFiness, reason: "Cluster dans le service de réanimation", localAidTried: "CH voisin sollicité : pas de stock disponible.", lines: [{ productId: ffp2.id, packs }] });
  }
  const stockOf = async (reference: string) => (await db().nationalStock.findUniqueOrThrow({ where: { productId: (await demoProduct(reference)).id } })).quantity;

  it("are filed by an ARS for its region only, under the establishment's ordering account", async () => {
    const ffp2 = await demoProduct("EPI-FFP2-20");
    await expect(
      fileEmergencyRequest(arsAra, { establishmentFiness: IDF_CLINIC, reason: "Rupture de stock locale", localAidTried: "CH voisin sollicité : pas de stock disponible.", lines: [{ productId: ffp2.id, packs: 1 }] }),
    ).rejects.toMatchObject({ code: "ESTABLISHMENT_OF_ANOTHER_REGION" });
    const { id } = await fileFfp2(3, CHU_NORTH);
    expect(await db().emergencyRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({ accountFiness: CHU_EJ, deliveryFiness: CHU_NORTH, regionCode: "84", status: "PENDING" });
    expect(await listEmergencyRequestsOfRegion("11")).toEqual([]);
    expect(await listEmergencyRequestsOfRegion("84")).toEqual([expect.objectContaining({ id, units: 60, products: "Masque FFP2 (boîte de 20) × 3" })]);
  });

  it("come to the crisis centre with who filed them, the account's cover and its quota use now", async () => {
    await db().user.create({ data: { id: arsAra.id, email: "agent.ara@test.fr", plageSubject: "agent-ara", givenName: "Anne", familyName: "Durand", roles: ["ARS"], regionCode: "84" } });
    const { id } = await fileFfp2(2, CHU_NORTH);
    const context = (await emergencyContexts([id])).get(id)!;
    expect(context.filedBy).toEqual({ name: "Anne Durand", email: "agent.ara@test.fr" });
    const cover = (await loadAccountsCover([CHU_EJ], new Date())).get(CHU_EJ)!;
    expect(context.cover?.lastDeclaredAt ?? null).toEqual(cover.lastDeclaredAt);
    expect(context.quotas.every((q) => q.inTension && q.allowedUnits >= q.usedUnits)).toBe(true);
    expect((await emergencyContexts(["unknown"])).size).toBe(0);
  });

  it("approved twice at once make one order from the national stock, outside the quota, delivered by SpF", async () => {
    const before = await stockOf("EPI-FFP2-20");
    const { id } = await fileFfp2(10);
    const outcomes = await Promise.all([
      decideEmergencyRequest(crisisCentre, { requestId: id, decision: "APPROVED" }),
      decideEmergencyRequest(crisisCentre, { requestId: id, decision: "APPROVED" }),
    ]);
    expect(outcomes.filter((o) => o.replayed)).toHaveLength(1);
    expect(new Set(outcomes.map((o) => o.orderNumber)).size).toBe(1);
    const orders = await db().order.findMany({ include: { lines: true } });
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({ kind: "EMERGENCY", carrier: "SPF_DIRECT", accountFiness: CLINIC, deliveryFiness: CLINIC, week: isoWeekOf(new Date()).key });
    expect(orders[0].lines).toEqual([expect.objectContaining({ packs: 10, units: 200, unitPriceCents: 0, categoryCode: "MASQUES_FFP2" })]);
    expect(await stockOf("EPI-FFP2-20")).toBe(before - 200);
    expect(await db().weeklyQuotaUsage.count()).toBe(0);
    expect(await db().emergencyRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "APPROVED", orderId: orders[0].id, decidedById: "ccs" });
    expect((await db().auditLog.findMany({ where: { actorEmail: "ccs@demo.fr" }, orderBy: { id: "asc" } })).map((a) => a.action)).toEqual(["order.place", "emergency.approve"]);
    await expect(decideEmergencyRequest(crisisCentre, { requestId: id, decision: "REJECTED", reason: "Trop tard" })).rejects.toMatchObject({ code: "ALREADY_DECIDED" });

    // The dashboard of the region shows the top-up outside the quota, and the request with its outcome.
    const dataset = await dashboardDataset({ scope: { kind: "region", regionCode: "84" }, week: isoWeekOf(new Date()).key, filters: {} }, db());
    expect(dataset.establishments.find((e) => e.finess === CLINIC)?.byCategory.MASQUES_FFP2).toMatchObject({ stateUnits: 0, outsideQuotaUnits: 200 });
    expect(dataset.emergencies).toEqual([expect.objectContaining({ id, status: "APPROVED", orderNumber: orders[0].number })]);
    const national = await dashboardDataset({ scope: { kind: "national" }, week: isoWeekOf(new Date()).key, filters: {} }, db());
    expect(national.emergencies.map((e) => e.id)).toEqual([id]);
  });

  it("are refused when the national stock cannot cover them: nothing written, the request stays pending", async () => {
    const gloves = await demoProduct("EPI-GNT-100"); // no state stock in the demo
    const ffp2 = await demoProduct("EPI-FFP2-20");
    const { id } = await fileEmergencyRequest(arsAra, {
      establishmentFiness: CLINIC,
      reason: "Rupture totale de gants et de masques",
      localAidTried: "CH voisin sollicité : pas de stock disponible.",
      lines: [{ productId: ffp2.id, packs: 5 }, { productId: gloves.id, packs: 2 }],
    });
    const before = await stockOf("EPI-FFP2-20");
    await expect(decideEmergencyRequest(crisisCentre, { requestId: id, decision: "APPROVED" })).rejects.toMatchObject({
      code: "NATIONAL_STOCK_SHORT",
      details: { product: "Gants d'examen nitrile, taille M (boîte de 100)", requestedUnits: 200, availableUnits: 0 },
    });
    expect(await stockOf("EPI-FFP2-20")).toBe(before);
    expect(await db().order.count()).toBe(0);
    expect((await db().emergencyRequest.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING");
    expect(await db().auditLog.count({ where: { action: { in: ["emergency.approve", "order.place"] } } })).toBe(0);

    await decideEmergencyRequest(crisisCentre, { requestId: id, decision: "REJECTED", reason: "Pas de stock de gants : commander au groupement." });
    expect(await db().emergencyRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "REJECTED", orderId: null });
    expect(await db().auditLog.count({ where: { entityId: id, action: "emergency.reject" } })).toBe(1);
  });
});
