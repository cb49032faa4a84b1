import { beforeEach, describe, expect, it } from "vitest";
import { isoWeekOf, shiftWeek } from "@/lib/domain/time/paris-time";
import { withFinessKey } from "@/lib/domain/finess/finess-number";
import type { Actor } from "@/lib/server/actor";
import { createProduct, updateProduct, updateProductCategory } from "@/lib/server/admin/catalogue";
import { createQuotaOverride, establishmentQuotas, removeQuotaOverride, setSpfCapacityThreshold, updateQuotaParameters } from "@/lib/server/admin/quotas";
import { recordStockReceipt } from "@/lib/server/admin/stock";
import { createDecree, endDecree } from "@/lib/server/admin/tension";
import { db } from "@/lib/server/db";
import { getSetting } from "@/lib/server/settings";
import { createProductSchema, updateProductSchema } from "@/lib/schemas/catalogue";
import { createQuotaOverrideSchema, quotaParametersSchema, spfCapacityThresholdSchema } from "@/lib/schemas/quota";
import { recordStockReceiptSchema } from "@/lib/schemas/stock";
import { createDecreeSchema } from "@/lib/schemas/tension";
import { DEMO_FINESS } from "@/prisma/demo/establishments";
import { seedDemo } from "@/prisma/seed";
import { resetDatabase } from "./database";

const admin: Actor = { id: "admin-id", email: "admin@demo.fr", roles: ["NATIONAL_ADMIN"], regionCode: null, establishmentFiness: null };

// The test's own categories: the demo catalogue may change, these do not.
const GLOVES = "TEST_GANTS";
const GOWNS = "TEST_BLOUSES";

async function newProduct(reference: string, overrides: Partial<Record<string, string>> = {}) {
  const input = createProductSchema.parse({ reference, name: `Produit ${reference}`, categoryCode: GLOVES, packaging: "BOX", packSize: "100", unitPrice: "0,05", active: true, ...overrides });
  return createProduct(admin, input);
}

const decree = (startsAt: string, endsAt = "", categoryCode = GLOVES) =>
  createDecreeSchema.parse({ categoryCode, startsAt, endsAt, reason: "Arrêté de test" });

const receipt = (productId: string, quantity: string, reference = "") => recordStockReceiptSchema.parse({ productId, quantity, reference });

/** Row counts of every table the admin pages write, and of the audit log. */
async function counts() {
  const [products, categories, stocks, receipts, decrees, overrides, settings, audits] = await Promise.all([
    db().product.count(),
    db().productCategory.count(),
    db().nationalStock.aggregate({ _sum: { quantity: true }, _count: true }),
    db().stockReceipt.count(),
    db().tensionDecree.count(),
    db().quotaOverride.count(),
    db().setting.count(),
    db().auditLog.count(),
  ]);
  return { products, categories, stocks, receipts, decrees, overrides, settings, audits };
}

beforeEach(async () => {
  await resetDatabase();
  await seedDemo(db());
  await db().productCategory.createMany({
    data: [
      { code: GLOVES, name: "Gants de test", unitLabel: "gant", sortOrder: 90, quotaPerCapacityUnit: 2, quotaPerStaffMember: 0.5 },
      { code: GOWNS, name: "Blouses de test", unitLabel: "blouse", sortOrder: 91 },
    ],
  });
});

describe("catalogue", () => {
  it("creates and edits products, audited; a taken reference or an unknown category is refused", async () => {
    const { id } = await newProduct("TST-GNT-100", { packaging: "ROLL" });
    expect(await db().product.findUniqueOrThrow({ where: { id } })).toMatchObject({ packaging: "ROLL", packSize: 100, unitPriceCents: 5, active: true });

    await updateProduct(admin, updateProductSchema.parse({ id, reference: "TST-GNT-100", name: "Produit TST-GNT-100", categoryCode: GLOVES, packaging: "CARTON", packSize: "100", unitPrice: "0,07", active: false }));
    expect(await db().product.findUniqueOrThrow({ where: { id } })).toMatchObject({ packaging: "CARTON", unitPriceCents: 7, active: false });
    const entries = await db().auditLog.findMany({ where: { entityType: "Product", entityId: id }, orderBy: { id: "asc" } });
    expect(entries.map((e) => e.action)).toEqual(["product.create", "product.update"]);
    expect(entries[0]).toMatchObject({ after: { packaging: "ROLL" } });
    expect(entries[1]).toMatchObject({
      actorEmail: "admin@demo.fr",
      before: { packaging: "ROLL", unitPriceCents: 5, active: true },
      after: { packaging: "CARTON", unitPriceCents: 7, active: false },
    });

    const before = await counts();
    await expect(newProduct("TST-GNT-100")).rejects.toMatchObject({ code: "REFERENCE_TAKEN" });
    await expect(newProduct("TST-OTHER", { categoryCode: "INCONNUE" })).rejects.toMatchObject({ code: "PRODUCT_CATEGORY_NOT_FOUND" });
    expect(await counts()).toEqual(before);
  });

  it("renames a category and its unit", async () => {
    await updateProductCategory(admin, { code: GLOVES, name: "Gants d'examen", unitLabel: "paire de gants" });
    expect(await db().productCategory.findUniqueOrThrow({ where: { code: GLOVES } })).toMatchObject({ name: "Gants d'examen", unitLabel: "paire de gants" });
    expect(await db().auditLog.findFirst({ where: { action: "productCategory.update" } })).toMatchObject({ before: { name: "Gants de test", unitLabel: "gant" } });
  });
});

describe("national stock receipts", () => {
  it("insert the receipt, add to the stock and write the audit row together", async () => {
    const { id } = await newProduct("TST-GNT-STOCK");
    await recordStockReceipt(admin, receipt(id, "1 000", "BL-1"));
    const result = await recordStockReceipt(admin, receipt(id, "250"));
    expect(result.quantity).toBe(1_250);
    expect(await db().nationalStock.findUniqueOrThrow({ where: { productId: id } })).toMatchObject({ quantity: 1_250 });
    expect(await db().stockReceipt.findMany({ where: { productId: id }, orderBy: { receivedAt: "asc" } })).toMatchObject([
      { quantity: 1_000, reference: "BL-1", actorId: "admin-id" },
      { quantity: 250, reference: null },
    ]);
    const entries = await db().auditLog.findMany({ where: { action: "stock.receipt", entityId: id }, orderBy: { id: "asc" } });
    expect(entries.map((e) => [e.before, e.after])).toMatchObject([
      [{ quantity: 0 }, { quantity: 1_000, received: 1_000, reference: "BL-1" }],
      [{ quantity: 1_000 }, { quantity: 1_250, received: 250, reference: null }],
    ]);
  });

  it("lose no unit when receipts arrive at the same time", async () => {
    const { id } = await newProduct("TST-GNT-CONC");
    await Promise.all(Array.from({ length: 20 }, (_, i) => recordStockReceipt(admin, receipt(id, String(i + 1)))));
    expect((await db().nationalStock.findUniqueOrThrow({ where: { productId: id } })).quantity).toBe(210);
    expect(await db().auditLog.count({ where: { action: "stock.receipt", entityId: id } })).toBe(20);
  });

  it("roll the receipt back when the stock cannot take it, and refuse an unknown product", async () => {
    const { id } = await newProduct("TST-GNT-FULL");
    await db().nationalStock.create({ data: { productId: id, quantity: 2_147_000_000 } });
    const before = await counts();
    await expect(recordStockReceipt(admin, receipt(id, "1 000 000"))).rejects.toMatchObject({ code: "STOCK_OVERFLOW" });
    await expect(recordStockReceipt(admin, receipt("no-such-product", "10"))).rejects.toMatchObject({ code: "PRODUCT_NOT_FOUND" });
    expect(await counts()).toEqual(before);
  });
});

describe("tension decrees", () => {
  it("refuse a decree overlapping another of the same category, writing nothing", async () => {
    await createDecree(admin, decree("2026-12-01T00:00", "2027-01-01T00:00"));
    const before = await counts();
    await expect(createDecree(admin, decree("2026-12-15T08:00"))).rejects.toMatchObject({
      code: "DECREE_OVERLAP",
      details: { category: "Gants de test", clash: { startsAt: new Date("2026-11-30T23:00:00Z"), endsAt: new Date("2026-12-31T23:00:00Z") } },
    });
    await expect(createDecree(admin, decree("2026-11-01T00:00", "2026-12-01T00:01"))).rejects.toMatchObject({ code: "DECREE_OVERLAP" });
    expect(await counts()).toEqual(before);

    // Back to back is no overlap, nor is another category at the same time.
    await createDecree(admin, decree("2027-01-01T00:00"));
    await createDecree(admin, decree("2026-12-15T08:00", "", GOWNS));
    const decrees = await db().tensionDecree.findMany({ where: { categoryCode: { in: [GLOVES, GOWNS] } }, orderBy: { startsAt: "asc" } });
    expect(decrees.map((d) => [d.categoryCode, d.startsAt.toISOString(), d.endsAt?.toISOString() ?? null, d.createdById])).toEqual([
      [GLOVES, "2026-11-30T23:00:00.000Z", "2026-12-31T23:00:00.000Z", "admin-id"],
      [GOWNS, "2026-12-15T07:00:00.000Z", null, "admin-id"],
      [GLOVES, "2026-12-31T23:00:00.000Z", null, "admin-id"],
    ]);
    expect(await db().auditLog.count({ where: { action: "tensionDecree.create" } })).toBe(3);
  });

  it("let only one of two overlapping decrees created at the same time through", async () => {
    const results = await Promise.allSettled([createDecree(admin, decree("2026-12-01T00:00")), createDecree(admin, decree("2026-12-02T00:00"))]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { name: "DomainError" } });
    expect(await db().tensionDecree.count({ where: { categoryCode: GLOVES } })).toBe(1);
  });

  it("end a running decree now; an upcoming or ended one cannot be ended", async () => {
    const now = new Date();
    const running = await createDecree(admin, decree("2026-01-01T00:00"));
    const upcoming = await createDecree(admin, decree("2099-01-01T00:00", "", GOWNS));
    await endDecree(admin, { id: running.id }, now);
    expect((await db().tensionDecree.findUniqueOrThrow({ where: { id: running.id } })).endsAt).toEqual(now);
    expect(await db().auditLog.findFirst({ where: { action: "tensionDecree.end" } })).toMatchObject({ entityId: running.id, before: { endsAt: null } });

    const before = await counts();
    await expect(endDecree(admin, { id: running.id }, new Date(now.getTime() + 1000))).rejects.toMatchObject({ code: "DECREE_ALREADY_ENDED" });
    await expect(endDecree(admin, { id: upcoming.id })).rejects.toMatchObject({ code: "DECREE_NOT_STARTED" });
    await expect(endDecree(admin, { id: "no-such-decree" })).rejects.toMatchObject({ code: "DECREE_NOT_FOUND" });
    expect(await counts()).toEqual(before);
    expect((await db().tensionDecree.findUniqueOrThrow({ where: { id: upcoming.id } })).endsAt).toBeNull();
  });
});

describe("weekly quotas", () => {
  const override = (input: Record<string, string>) =>
    createQuotaOverrideSchema.safeParse({ establishmentFiness: DEMO_FINESS.clinicEt, categoryCode: GLOVES, weeklyUnits: "300", fromWeek: "", toWeek: "", reason: "Demande de l'ARS", ...input });

  it("edits the parameters and shows an ET's computed quota, replaced by the override that applies", async () => {
    const now = new Date();
    const thisWeek = isoWeekOf(now).key;
    // From this week on (the form proposes next week; tests/quota-parameter-weeks.int.test.ts covers the weeks).
    await updateQuotaParameters(admin, quotaParametersSchema.parse({ categoryCode: GLOVES, quotaPerCapacityUnit: "1,5", quotaPerStaffMember: "0,25", fromWeek: thisWeek }));
    expect(await db().quotaParameterChange.findMany({ where: { categoryCode: GLOVES } })).toMatchObject([{ fromWeek: thisWeek, perCapacityUnit: 1.5, perStaffMember: 0.25 }]);
    expect(await db().auditLog.findFirst({ where: { action: "quotaParameters.update" } })).toMatchObject({
      entityId: GLOVES,
      before: { fromWeek: thisWeek, perCapacityUnit: 2, perStaffMember: 0.5 },
      after: { fromWeek: thisWeek, perCapacityUnit: 1.5, perStaffMember: 0.25 },
    });
    await createDecree(admin, decree("2026-01-01T00:00"));

    const gloves = async () => {
      const view = await establishmentQuotas(DEMO_FINESS.clinicEt, now);
      return view.establishment ? view.quotas.find((q) => q.code === GLOVES) : undefined;
    };
    // Clinic: 180 beds, 420 staff → 180 × 1,5 + 420 × 0,25 = 375 units.
    expect(await gloves()).toMatchObject({ inTension: true, computed: 375, override: undefined, quota: 375 });

    const open = await createQuotaOverride(admin, override({}).data!);
    await createQuotaOverride(admin, override({ weeklyUnits: "0", fromWeek: shiftWeek(thisWeek, 1) }).data!);
    expect(await gloves()).toMatchObject({ computed: 375, override: { id: open.id, weeklyUnits: 300 }, quota: 300 });
    expect(await db().auditLog.findFirst({ where: { action: "quotaOverride.create", entityId: open.id } })).toMatchObject({
      after: { establishmentFiness: DEMO_FINESS.clinicEt, weeklyUnits: 300, fromWeek: null, toWeek: null },
    });

    await removeQuotaOverride(admin, { id: open.id });
    expect(await gloves()).toMatchObject({ override: undefined, quota: 375 });
    expect(await db().auditLog.findFirst({ where: { action: "quotaOverride.remove" } })).toMatchObject({ entityId: open.id, before: { weeklyUnits: 300 }, after: null });
    await expect(removeQuotaOverride(admin, { id: open.id })).rejects.toMatchObject({ code: "OVERRIDE_NOT_FOUND" });
  });

  it("refuses an override for a FINESS that is malformed, unknown or an EJ, and for weeks out of order", async () => {
    expect(override({ establishmentFiness: "690812343" }).error?.issues[0]).toMatchObject({ path: ["establishmentFiness"], message: expect.stringMatching(/clé de contrôle/) });
    expect(override({ fromWeek: "2027-W53" }).error?.issues[0]).toMatchObject({ path: ["fromWeek"] });
    expect(override({ fromWeek: "2027-W02", toWeek: "2027-W01" }).error?.issues[0]).toMatchObject({ path: ["toWeek"] });
    expect(override({ reason: "" }).success).toBe(false);

    const before = await counts();
    const unknown = withFinessKey("69099999");
    await expect(createQuotaOverride(admin, override({ establishmentFiness: unknown }).data!)).rejects.toMatchObject({
      code: "NOT_AN_ESTABLISHMENT",
      details: { finess: unknown, legalEntityName: null },
    });
    await expect(createQuotaOverride(admin, override({ establishmentFiness: DEMO_FINESS.clinicEj }).data!)).rejects.toMatchObject({ code: "NOT_AN_ESTABLISHMENT" });
    await expect(createQuotaOverride(admin, override({ categoryCode: "INCONNUE" }).data!)).rejects.toMatchObject({ code: "PRODUCT_CATEGORY_NOT_FOUND" });
    expect(await counts()).toEqual(before);
    expect((await establishmentQuotas(unknown, new Date())).establishment).toBeNull();
  });

  it("stores the SpF capacity threshold as the JSON number getSetting reads, audited", async () => {
    expect(await getSetting("spfCapacityThreshold")).toBe(800);
    await setSpfCapacityThreshold(admin, spfCapacityThresholdSchema.parse({ spfCapacityThreshold: "650" }));
    expect(await db().setting.findUniqueOrThrow({ where: { key: "spfCapacityThreshold" } })).toMatchObject({ value: 650 });
    expect(await getSetting("spfCapacityThreshold")).toBe(650);
    await setSpfCapacityThreshold(admin, { spfCapacityThreshold: 650 });
    expect(await db().auditLog.findMany({ where: { entityType: "Setting" } })).toMatchObject([
      { action: "setting.update", entityId: "spfCapacityThreshold", before: { value: null }, after: { value: 650 } },
    ]);
  });
});

describe("invalid input", () => {
  it("changes no row and writes no audit", async () => {
    const { id } = await newProduct("TST-GNT-KEEP");
    const product = await db().product.findUniqueOrThrow({ where: { id } });
    const before = await counts();

    await expect(updateProduct(admin, { id: "no-such-product", reference: "X", name: "X", categoryCode: GLOVES, packaging: "BOX", packSize: 1, unitPriceCents: 0, active: true })).rejects.toMatchObject({ code: "PRODUCT_NOT_FOUND" });
    await expect(updateProduct(admin, { id, reference: product.reference, name: product.name, categoryCode: "INCONNUE", packaging: "BOX", packSize: 100, unitPriceCents: 5, active: true })).rejects.toMatchObject({ code: "PRODUCT_CATEGORY_NOT_FOUND" });
    await expect(updateProductCategory(admin, { code: "INCONNUE", name: "X", unitLabel: "x" })).rejects.toMatchObject({ code: "PRODUCT_CATEGORY_NOT_FOUND" });
    await expect(updateQuotaParameters(admin, { categoryCode: "INCONNUE", quotaPerCapacityUnit: 1, quotaPerStaffMember: 1, fromWeek: isoWeekOf(new Date()).key })).rejects.toMatchObject({ code: "PRODUCT_CATEGORY_NOT_FOUND" });
    // What the schemas refuse never reaches the server functions: the actions return the French messages instead.
    expect(createProductSchema.safeParse({ reference: "", name: "", categoryCode: GLOVES, packSize: "0", unitPrice: "-1", active: true }).success).toBe(false);
    expect(recordStockReceiptSchema.safeParse({ productId: id, quantity: "0" }).success).toBe(false);
    expect(spfCapacityThresholdSchema.safeParse({ spfCapacityThreshold: "0" }).success).toBe(false);
    expect(createDecreeSchema.safeParse({ categoryCode: GLOVES, startsAt: "2026-12-02T00:00", endsAt: "2026-12-01T00:00", reason: "x" }).success).toBe(false);

    expect(await counts()).toEqual(before);
    expect(await db().product.findUniqueOrThrow({ where: { id } })).toEqual(product);
  });
});
