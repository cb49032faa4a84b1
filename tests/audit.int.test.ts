/**
 * The journal on PostgreSQL: the national admin reads every entry, an ARS only those of its region's establishments
 * (the entity's establishment, by its FINESS record's département; the entry's own before/after once the entity is
 * gone), and both filter by author, action, object and Paris days.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { setArsMailboxSchema } from "@/lib/schemas/ars-mailbox";
import { auditFilterSchema } from "@/lib/schemas/audit";
import { unbindUserEmail } from "@/lib/server/admin/users";
import { audit } from "@/lib/server/audit";
import { journalEntries, lastChanges, loadJournal } from "@/lib/server/audit/queries";
import { setCategoryEligibility } from "@/lib/server/categories/eligibility";
import { db } from "@/lib/server/db";
import { setArsMailbox } from "@/lib/server/referential/ars-mailboxes";
import { DEMO_FINESS } from "@/prisma/demo/establishments";
import { seedDemo } from "@/prisma/seed";
import { resetDatabase } from "./database";
import { createUser } from "./reporting-factories";

const admin = { id: "admin-id", email: "admin@demo.fr", roles: ["NATIONAL_ADMIN" as const], regionCode: null, establishmentFiness: null };
const operator = { id: "operator-id", email: "operateur@clinique-demo.fr" };
const ids: Record<string, string> = {};

async function declaration(accountFiness: string, at: Date) {
  const product = await db().product.findFirstOrThrow();
  return db().$transaction(async (tx) => {
    const { id } = await tx.stockDeclaration.create({ data: { accountFiness, productId: product.id, quantity: 40, declaredById: operator.id } });
    // As audit() writes it, at a given instant (the journal is append-only: no row can be moved afterwards).
    await tx.auditLog.create({
      data: { at, actorId: operator.id, actorEmail: operator.email, action: "stock.declare", entityType: "StockDeclaration", entityId: id, after: { accountFiness, quantity: 40 } },
    });
    return id;
  });
}

beforeAll(async () => {
  await resetDatabase();
  await seedDemo(db());
  expect(await db().auditLog.count()).toBe(0);
  ids.lyon = await declaration(DEMO_FINESS.clinicEt, new Date("2026-12-01T10:00:00Z")); // Rhône, ARA (84)
  ids.isereEj = await declaration(DEMO_FINESS.chuEj, new Date("2026-12-01T12:00:00Z")); // an EJ: its establishments are in Isère
  ids.seine = await declaration(DEMO_FINESS.idfClinicEt, new Date("2026-12-01T23:30:00Z")); // Hauts-de-Seine, IDF (11); 2 Dec in Paris
  await setCategoryEligibility(admin, { code: "500", eligible: false });
  // A quota override since removed: only the entry remembers its establishment.
  await db().$transaction((tx) =>
    audit(tx, admin, {
      action: "quotaOverride.remove",
      entityType: "QuotaOverride",
      entityId: "removed-override",
      before: { establishmentFiness: DEMO_FINESS.ehpadEt, categoryCode: "GLOVES", weeklyUnits: 200 },
      after: null,
    }),
  );
});

const filter = (raw: Record<string, string> = {}) => auditFilterSchema.parse(raw);

describe("journalEntries", () => {
  it("gives the national admin every entry, most recent first, with the establishment each concerns", async () => {
    const { entries, more } = await journalEntries({ kind: "national" }, filter());
    expect(more).toBe(false);
    expect(entries.map((e) => [e.action, e.entityId])).toEqual([
      ["quotaOverride.remove", "removed-override"],
      ["category.eligible.remove", "500"],
      ["stock.declare", ids.seine],
      ["stock.declare", ids.isereEj],
      ["stock.declare", ids.lyon],
    ]);
    expect(entries[0].finess).toBe(DEMO_FINESS.ehpadEt);
    expect(entries[1]).toMatchObject({ actorEmail: "admin@demo.fr", before: { eligible: true }, after: { eligible: false }, finess: null });
  });

  it("gives an ARS only its region's establishments' entries: no national change, no other region's", async () => {
    const ara = await journalEntries({ kind: "region", regionCode: "84" }, filter());
    expect(ara.entries.map((e) => e.entityId)).toEqual(["removed-override", ids.isereEj, ids.lyon]);
    const idf = await journalEntries({ kind: "region", regionCode: "11" }, filter());
    expect(idf.entries.map((e) => e.entityId)).toEqual([ids.seine]);
  });

  it("filters by author (part of the address, % and _ taken literally), action, object, identifier and Paris days", async () => {
    const national = { kind: "national" } as const;
    const of = async (raw: Record<string, string>) => (await journalEntries(national, filter(raw))).entries.map((e) => e.entityId);
    expect(await of({ acteur: "ADMIN@" })).toEqual(["removed-override", "500"]);
    expect(await of({ acteur: "%" })).toEqual([]);
    expect(await of({ action: "stock.declare", objet: "StockDeclaration" })).toEqual([ids.seine, ids.isereEj, ids.lyon]);
    expect(await of({ objet: "Category", identifiant: "500" })).toEqual(["500"]);
    // 23:30 UTC on 1 December is 00:30 on 2 December in Paris.
    expect(await of({ du: "2026-12-01", au: "2026-12-01", objet: "StockDeclaration" })).toEqual([ids.isereEj, ids.lyon]);
    expect(await of({ du: "2026-12-02", au: "2026-12-02", objet: "StockDeclaration" })).toEqual([ids.seine]);
  });

  it("cuts at the limit and says there is more", async () => {
    const { entries, more } = await journalEntries({ kind: "national" }, filter(), 2);
    expect(entries).toHaveLength(2);
    expect(more).toBe(true);
  });
});

describe("loadJournal", () => {
  it("refuses whoever may not read the journal, and a bad filter, in French", async () => {
    expect(await loadJournal({ roles: ["OPERATOR"], regionCode: null }, {})).toMatchObject({ ok: false, status: 403, refusal: { code: "FORBIDDEN" } });
    expect(await loadJournal({ roles: ["ARS"], regionCode: null }, {})).toMatchObject({ ok: false, status: 403 });
    expect(await loadJournal({ roles: ["ARS"], regionCode: "84" }, { du: "2026-13-01" })).toMatchObject({
      ok: false,
      status: 400,
      refusal: { code: "INVALID_FIELD", message: expect.stringMatching(/^Début de période/) },
    });
    expect(await loadJournal({ roles: ["ARS"], regionCode: "84" }, {})).toMatchObject({ ok: true, scope: { kind: "region", regionCode: "84" } });
  });
});

describe("lastChanges", () => {
  it("gives each entity's last author and date, and nothing for what was never changed", async () => {
    await setCategoryEligibility({ ...admin, email: "autre.admin@demo.fr" }, { code: "500", eligible: true });
    const changes = await lastChanges("Category", ["500", "365"]);
    expect(changes.get("500")?.actorEmail).toBe("autre.admin@demo.fr");
    expect(changes.has("365")).toBe(false);
  });

  it("keeps, when asked, only the changes of the given actions (a category's quota parameters, not its name)", async () => {
    await db().$transaction(async (tx) => {
      await audit(tx, { id: "a", email: "quotas@demo.fr" }, { action: "quotaParameters.update", entityType: "ProductCategory", entityId: "GANTS" });
      await audit(tx, { id: "b", email: "catalogue@demo.fr" }, { action: "productCategory.update", entityType: "ProductCategory", entityId: "GANTS" });
    });
    expect((await lastChanges("ProductCategory", ["GANTS"])).get("GANTS")?.actorEmail).toBe("catalogue@demo.fr");
    expect((await lastChanges("ProductCategory", ["GANTS"], ["quotaParameters.update"])).get("GANTS")?.actorEmail).toBe("quotas@demo.fr");
  });
});

describe("the region of what is not an order or a declaration", () => {
  const regionIds = async (regionCode: string) => (await journalEntries({ kind: "region", regionCode }, filter())).entries.map((e) => [e.action, e.entityId]);

  it("gives an ARS the change of its own mailbox, not another region's", async () => {
    await setArsMailbox(admin, setArsMailboxSchema.parse({ regionCode: "84", mailbox: "ars-ara-alerte@ars.sante.fr" }));
    expect(await regionIds("84")).toContainEqual(["region.mailbox.update", "84"]);
    expect(await regionIds("11")).not.toContainEqual(["region.mailbox.update", "84"]);
  });

  it("keeps a user's unbinding in the region of the FINESS it was bound to, after the user registers elsewhere", async () => {
    const user = await createUser("demenagement@demo.fr", { boundFiness: DEMO_FINESS.clinicEt });
    await unbindUserEmail(admin, { userId: user.id }, new Date());
    await db().$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { boundFiness: DEMO_FINESS.idfClinicEt, registeredAt: new Date() } });
      await audit(tx, user, { action: "user.register", entityType: "User", entityId: user.id, after: { boundFiness: DEMO_FINESS.idfClinicEt } });
    });
    expect(await regionIds("84")).toContainEqual(["user.unbind", user.id]);
    expect(await regionIds("84")).not.toContainEqual(["user.register", user.id]);
    expect(await regionIds("11")).toContainEqual(["user.register", user.id]);
    expect(await regionIds("11")).not.toContainEqual(["user.unbind", user.id]);
  });

  it("gives an ARS the answers to contact messages naming one of its establishments", async () => {
    const message = await db().contactMessage.create({
      data: { name: "Mme Martin", email: "martin@clinique.fr", finess: DEMO_FINESS.idfClinicEt, topic: "autre", message: "Une question sur nos quotas de la semaine." },
    });
    await db().$transaction((tx) => audit(tx, admin, { action: "contact_message.answer", entityType: "ContactMessage", entityId: message.id, after: { characters: 12 } }));
    expect(await regionIds("11")).toContainEqual(["contact_message.answer", message.id]);
    expect(await regionIds("84")).not.toContainEqual(["contact_message.answer", message.id]);
  });
});
