/**
 * The users list and « Délier l'adresse » on PostgreSQL: the national admin lists every user, an ARS its region's
 * (its establishments' users and its ARS agents), both search by e-mail, name, FINESS or establishment; unbinding an
 * e-mail ends its sessions and sends it back to registration, where another FINESS of its profiles may be chosen.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { claimsOf, PLAGE_ACCOUNTS } from "@/idp/accounts";
import { unbindUserEmailAction } from "@/app/(admin)/admin/utilisateurs/actions";
import { accessOf } from "@/lib/server/access";
import { currentActor, type Actor } from "@/lib/server/actor";
import { listUsers, unbindUserEmail, userScope } from "@/lib/server/admin/users";
import { db } from "@/lib/server/db";
import { registerUser, registrationChoices } from "@/lib/server/registration";
import { recordSignIn } from "@/lib/server/repositories/users";
import { openSession } from "@/lib/server/sessions";
import { plageClaimsSchema } from "@/lib/schemas/plage";
import { userListSchema } from "@/lib/schemas/user-sessions";
import { DEMO_FINESS } from "@/prisma/demo/establishments";
import { seedDemo } from "@/prisma/seed";
import { resetDatabase } from "./database";

vi.mock("@/lib/server/actor", async (original) => ({ ...(await original<typeof import("@/lib/server/actor")>()), currentActor: vi.fn() }));

const registration = {
  jobTitle: "Cadre de santé",
  phone: "04 72 00 00 00",
  deliveryContactName: "Magasin central",
  deliveryContactPhone: "04 72 00 00 01",
  openingHours: "Lundi au vendredi, 8h–16h",
};

const admin: Actor = { id: "admin-id", email: "admin@demo.fr", roles: ["NATIONAL_ADMIN"], regionCode: null, establishmentFiness: null };
const arsAra: Actor = { id: "ars-id", email: "ars.ara@demo.fr", roles: ["ARS"], regionCode: "84", establishmentFiness: null };

async function signIn(email: string) {
  const { id } = await recordSignIn(plageClaimsSchema.parse(claimsOf(PLAGE_ACCOUNTS.find((a) => a.email === email)!)));
  return { id, email };
}

async function registered(email: string, finess: string) {
  const user = await signIn(email);
  await registerUser(user, { ...registration, finess });
  return user;
}

const query = (raw: Record<string, string> = {}) => userListSchema.parse(raw);
const emails = async (...args: Parameters<typeof listUsers>) => (await listUsers(...args)).users.map((u) => u.email);

beforeAll(async () => {
  await resetDatabase();
  await seedDemo(db());
  await registered("operateur@clinique-demo.fr", DEMO_FINESS.clinicEt); // Rhône, ARA
  await registered("operateur@chu-demo.fr", DEMO_FINESS.chuEj); // an EJ whose sites are in Isère, ARA
  await registered("multi@demo.fr", DEMO_FINESS.ehpadEt); // Puy-de-Dôme, ARA (its other profile is in IDF)
  await registered("operateur@clinique-seine-demo.fr", DEMO_FINESS.idfClinicEt); // Hauts-de-Seine, IDF
  await signIn("ars.ara@demo.fr");
  await signIn("ars.idf@demo.fr");
  await signIn("admin@demo.fr");
});

describe("listUsers", () => {
  it("gives the national admin every user by e-mail, with the bound FINESS, its establishment, roles and dates", async () => {
    const { users, total } = await listUsers({ kind: "national" }, query());
    expect(total).toBe(7);
    expect(users.map((u) => u.email)).toEqual([...users.map((u) => u.email)].sort());
    expect(users.find((u) => u.email === "operateur@clinique-demo.fr")).toMatchObject({
      boundFiness: DEMO_FINESS.clinicEt,
      establishmentName: expect.stringMatching(/\S/),
      roles: ["OPERATOR"],
      registeredAt: expect.any(Date),
      lastLoginAt: expect.any(Date),
    });
    expect(users.find((u) => u.email === "operateur@chu-demo.fr")).toMatchObject({ boundFiness: DEMO_FINESS.chuEj, establishmentName: expect.stringMatching(/\S/) });
    expect(users.find((u) => u.email === "admin@demo.fr")).toMatchObject({ boundFiness: null, establishmentName: null, roles: ["NATIONAL_ADMIN"], registeredAt: null });
  });

  it("gives an ARS its region's establishments' users and its ARS agents only", async () => {
    expect(userScope(arsAra)).toEqual({ kind: "region", regionCode: "84" });
    expect(await emails({ kind: "region", regionCode: "84" }, query())).toEqual(["ars.ara@demo.fr", "multi@demo.fr", "operateur@chu-demo.fr", "operateur@clinique-demo.fr"]);
    expect(await emails({ kind: "region", regionCode: "11" }, query())).toEqual(["ars.idf@demo.fr", "operateur@clinique-seine-demo.fr"]);
  });

  it("searches e-mails, names, FINESS and establishment names, within the reader's scope", async () => {
    const national = { kind: "national" } as const;
    expect(await emails(national, query({ q: "SEINE" }))).toEqual(["operateur@clinique-seine-demo.fr"]);
    expect(await emails(national, query({ q: "Claire Dubois" }))).toEqual(["multi@demo.fr"]);
    expect(await emails(national, query({ q: "dubois claire" }))).toEqual(["multi@demo.fr"]);
    expect(await emails(national, query({ q: DEMO_FINESS.ehpadEt }))).toEqual(["multi@demo.fr"]);
    expect(await emails(national, query({ q: "tilleuls" }))).toEqual(["multi@demo.fr"]);
    expect(await emails(national, query({ q: "100%_" }))).toEqual([]);
    expect(await emails({ kind: "region", regionCode: "84" }, query({ q: "seine" }))).toEqual([]);
  });

  it("pages by 50, and counts the matches past the last page", async () => {
    expect(await listUsers({ kind: "national" }, query({ page: "2" }))).toEqual({ users: [], total: 7 });
    expect(userListSchema.safeParse({ page: "0" }).success).toBe(false);
    expect(userListSchema.safeParse({ page: "deux" }).success).toBe(false);
  });
});

describe("unbinding an e-mail", () => {
  it("ends its sessions, audits before and after, and sends the user to registration where another FINESS may be chosen", async () => {
    const multi = await db().user.findUniqueOrThrow({ where: { email: "multi@demo.fr" } });
    await openSession(multi.id, null, new Date());
    const now = new Date();

    expect(await unbindUserEmail(admin, { userId: multi.id }, now)).toEqual({ finess: DEMO_FINESS.ehpadEt });

    const after = await db().user.findUniqueOrThrow({ where: { id: multi.id } });
    expect(after).toMatchObject({ boundFiness: null, registeredAt: null });
    expect(await db().session.count({ where: { userId: multi.id, endedAt: null } })).toBe(0);
    expect(await db().session.findFirst({ where: { userId: multi.id } })).toMatchObject({ endedAt: now, endReason: "REVOKED" });
    expect(await db().auditLog.findFirst({ where: { action: "user.unbind" } })).toMatchObject({
      actorEmail: "admin@demo.fr",
      entityType: "User",
      entityId: multi.id,
      before: { boundFiness: DEMO_FINESS.ehpadEt, registeredAt: multi.registeredAt!.toISOString() },
      after: { boundFiness: null, registeredAt: null, sessionsEnded: 1 },
    });

    const access = await accessOf(after);
    expect(access).toMatchObject({ active: false, decision: { allowed: true, audience: "establishment" } });
    expect((await registrationChoices(after)).map((c) => c.finess)).toEqual([DEMO_FINESS.ehpadEt, DEMO_FINESS.idfClinicEt]);
    await registerUser(multi, { ...registration, finess: DEMO_FINESS.idfClinicEt });
    expect(await db().user.findUniqueOrThrow({ where: { id: multi.id } })).toMatchObject({ boundFiness: DEMO_FINESS.idfClinicEt });
    expect(await emails({ kind: "region", regionCode: "11" }, query())).toContain("multi@demo.fr");
  });

  it("refuses an e-mail bound to nothing, and an unknown user, changing nothing", async () => {
    const adminUser = await db().user.findUniqueOrThrow({ where: { email: "admin@demo.fr" } });
    await expect(unbindUserEmail(admin, { userId: adminUser.id }, new Date())).rejects.toMatchObject({
      code: "USER_NOT_BOUND",
      message: "L'adresse admin@demo.fr n'est rattachée à aucun FINESS : il n'y a rien à délier.",
    });
    await expect(unbindUserEmail(admin, { userId: "inconnu" }, new Date())).rejects.toMatchObject({ code: "USER_NOT_FOUND" });
    expect(await db().auditLog.count({ where: { action: "user.unbind" } })).toBe(1);
  });

  it("is refused to an ARS, even for its own region's user", async () => {
    const clinic = await db().user.findUniqueOrThrow({ where: { email: "operateur@clinique-demo.fr" } });
    vi.mocked(currentActor).mockResolvedValue(arsAra);
    expect(await unbindUserEmailAction({ userId: clinic.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db().user.findUniqueOrThrow({ where: { id: clinic.id } })).toMatchObject({ boundFiness: DEMO_FINESS.clinicEt });
  });

  it("unbinds once when two admins unbind the same e-mail at the same moment: the other is told there is nothing left", async () => {
    const clinic = await db().user.findUniqueOrThrow({ where: { email: "operateur@clinique-demo.fr" } });
    const outcomes = await Promise.allSettled([0, 1].map(() => unbindUserEmail(admin, { userId: clinic.id }, new Date())));
    expect(outcomes.filter((o) => o.status === "fulfilled")).toEqual([{ status: "fulfilled", value: { finess: DEMO_FINESS.clinicEt } }]);
    expect(outcomes.filter((o) => o.status === "rejected")).toEqual([{ status: "rejected", reason: expect.objectContaining({ code: "USER_NOT_BOUND" }) }]);
    expect(await db().auditLog.count({ where: { action: "user.unbind", entityId: clinic.id } })).toBe(1);
  });
});
