import { beforeEach, describe, expect, it } from "vitest";
import { claimsOf, PLAGE_ACCOUNTS } from "@/idp/accounts";
import { evaluateAccess } from "@/lib/server/access";
import { setCategoryEligibility } from "@/lib/server/categories/eligibility";
import { db } from "@/lib/server/db";
import { registerUser, registrationChoices } from "@/lib/server/registration";
import { recordSignIn } from "@/lib/server/repositories/users";
import { plageClaimsSchema } from "@/lib/schemas/plage";
import { seedDemo } from "@/prisma/seed";
import { resetDatabase } from "./database";

const registration = {
  finess: "690812342",
  jobTitle: "Cadre de santé",
  phone: "04 72 00 00 00",
  deliveryContactName: "Magasin central",
  deliveryContactPhone: "04 72 00 00 01",
  openingHours: "Lundi au vendredi, 8h–16h",
};

async function signIn(email: string, profiles?: ReturnType<typeof claimsOf>["plage_profiles"]) {
  const account = PLAGE_ACCOUNTS.find((a) => a.email === email)!;
  const claims = claimsOf(account);
  const { id } = await recordSignIn(plageClaimsSchema.parse({ ...claims, plage_profiles: profiles ?? claims.plage_profiles }));
  return { id, email };
}

async function outcome(email: string) {
  const access = await evaluateAccess((await signIn(email)).id);
  return { allowed: access?.decision.allowed, failures: access?.decision.failures.map((f) => f.code), audience: access?.decision.audience };
}

describe("access of the demo accounts", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDemo(db());
  });

  it.each([
    ["operateur@clinique-demo.fr", true, [], "establishment"],
    ["operateur@ehpad-demo.fr", true, [], "establishment"],
    ["operateur.et@chu-demo.fr", false, ["USE_LEGAL_ENTITY_FINESS"], "establishment"],
    ["operateur@chu-demo.fr", true, [], "establishment"],
    ["operateur@ch-mono-demo.fr", true, [], "establishment"],
    ["operateur@pharmacie-demo.fr", false, ["CATEGORY_NOT_ELIGIBLE"], "establishment"],
    ["sans-role@clinique-demo.fr", false, ["MISSING_ROLE"], "establishment"],
    ["multi@demo.fr", true, [], "establishment"],
    ["inventaire@clinique-demo.fr", true, [], "establishment"],
    ["ape@clinique-demo.fr", true, [], "establishment"],
    ["ars.ara@demo.fr", true, [], "staff"],
    ["ars.idf@demo.fr", true, [], "staff"],
    ["admin@demo.fr", true, [], "staff"],
  ])("%s → allowed %s %j", async (email, allowed, failures, audience) => {
    expect(await outcome(email)).toEqual({ allowed, failures, audience });
  });

  it("binds an e-mail to the FINESS it registered first; another profile alone is then refused", async () => {
    const multi = await signIn("multi@demo.fr");
    const first = await evaluateAccess(multi.id);
    expect(first?.profile?.finess).toBe("630789014");
    expect(first?.ignoredProfiles.map((p) => p.finess)).toEqual(["920003019"]);
    expect(first?.active).toBe(false);

    await registerUser(multi, { ...registration, finess: "630789014" });
    expect((await evaluateAccess(multi.id))?.active).toBe(true);

    const account = PLAGE_ACCOUNTS.find((a) => a.email === "multi@demo.fr")!;
    await signIn("multi@demo.fr", [...account.profiles].reverse());
    expect((await evaluateAccess(multi.id))?.profile?.finess).toBe("630789014");

    await signIn("multi@demo.fr", [account.profiles[1]]);
    const refused = await evaluateAccess(multi.id);
    expect(refused?.decision.failures).toEqual([{ code: "EMAIL_BOUND_ELSEWHERE", finess: "920003019", boundFiness: "630789014" }]);
  });

  it("lets a multi-profile account choose which FINESS to bind at registration, with its name and address", async () => {
    const multi = await signIn("multi@demo.fr");
    const user = await db().user.findUniqueOrThrow({ where: { id: multi.id } });
    expect(await registrationChoices(user)).toEqual([
      { finess: "630789014", name: "EHPAD LES TILLEULS", address: expect.stringMatching(/\S/) },
      { finess: "920003019", name: expect.stringMatching(/\S/), address: expect.stringMatching(/\S/) },
    ]);
    // A FINESS that is not one of its profiles is refused, nothing written.
    await expect(registerUser(multi, { ...registration, finess: "690812342" })).rejects.toMatchObject({ code: "REGISTRATION_PROFILE_NOT_ALLOWED" });
    expect(await db().user.findUniqueOrThrow({ where: { id: multi.id } })).toMatchObject({ registeredAt: null, boundFiness: null });

    await registerUser(multi, { ...registration, finess: "920003019" });
    const access = await evaluateAccess(multi.id);
    expect(access).toMatchObject({ active: true, profile: { finess: "920003019" } });
    expect(access?.ignoredProfiles.map((p) => p.finess)).toEqual(["630789014"]);
    expect(await db().user.findUniqueOrThrow({ where: { id: multi.id } })).toMatchObject({ boundFiness: "920003019", roles: ["OPERATOR"] });
    expect(await db().auditLog.findFirst({ where: { action: "user.register" } })).toMatchObject({ after: { boundFiness: "920003019" } });
    // The next sign-in keeps the chosen FINESS, whatever order PLAGE sends the profiles in.
    await signIn("multi@demo.fr");
    expect((await evaluateAccess(multi.id))?.profile?.finess).toBe("920003019");
  });

  it("registers once even when the form is submitted twice at the same time, with one audit row", async () => {
    const user = await signIn("operateur@clinique-demo.fr");
    const results = await Promise.allSettled([registerUser(user, registration), registerUser(user, registration)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { name: "DomainError" } });
    expect(await db().auditLog.count({ where: { action: "user.register", entityId: user.id } })).toBe(1);
    expect(await db().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ boundFiness: "690812342", jobTitle: "Cadre de santé" });
  });

  it("refuses to register a refused user and changes nothing", async () => {
    const user = await signIn("operateur@pharmacie-demo.fr");
    await expect(registerUser(user, registration)).rejects.toMatchObject({ code: "REGISTRATION_REFUSED" });
    expect(await db().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ registeredAt: null, boundFiness: null });
    expect(await db().auditLog.count()).toBe(0);
  });

  it("applies an eligibility change at the next evaluation, audited with before and after", async () => {
    const clinic = await signIn("operateur@clinique-demo.fr");
    const admin = { id: "admin-id", email: "admin@demo.fr", roles: ["NATIONAL_ADMIN" as const], regionCode: null, establishmentFiness: null };
    await setCategoryEligibility(admin, { code: "365", eligible: false });
    expect((await evaluateAccess(clinic.id))?.decision.failures.map((f) => f.code)).toEqual(["CATEGORY_NOT_ELIGIBLE"]);
    const [entry] = await db().auditLog.findMany({ where: { entityType: "Category", entityId: "365" } });
    expect(entry).toMatchObject({ actorEmail: "admin@demo.fr", action: "category.eligible.remove", before: { eligible: true }, after: { eligible: false } });

    await setCategoryEligibility(admin, { code: "365", eligible: true });
    expect((await evaluateAccess(clinic.id))?.decision.allowed).toBe(true);
  });

  it("keeps the audit log append-only, even for direct SQL", async () => {
    const user = await signIn("operateur@clinique-demo.fr");
    await registerUser(user, registration);
    await expect(db().$executeRaw`UPDATE "AuditLog" SET action = 'forged'`).rejects.toThrow(/ni modifié ni supprimé/);
    await expect(db().$executeRaw`DELETE FROM "AuditLog"`).rejects.toThrow(/ni modifié ni supprimé/);
    expect(await db().auditLog.count({ where: { action: "user.register" } })).toBe(1);
  });
});
