import { beforeAll, describe, expect, it } from "vitest";
import { simulateCategoryTension } from "@/lib/server/admin/tension-simulation";
import { db } from "@/lib/server/db";
import { DEMO_FINESS } from "@/prisma/demo/establishments";
import { seedDemo } from "@/prisma/seed";
import { resetDatabase } from "./database";

const NOW = new Date("2026-12-02T10:00:00Z");

describe("the tension simulator on PostgreSQL", () => {
  let eligible: number;

  beforeAll(async () => {
    await resetDatabase();
    await seedDemo(db());
    // Every establishment the same size, but the pharmacy (category 620, not eligible): huge, and left out.
    await db().establishment.updateMany({ data: { capacity: 10, salariedStaff: 4 } });
    await db().establishment.update({ where: { finess: DEMO_FINESS.pharmacyEt }, data: { capacity: 1_000_000, salariedStaff: 1_000_000 } });
    eligible = await db().establishment.count({ where: { category: { eligible: true } } });
    await db().nationalStock.updateMany({ where: { product: { categoryCode: "MASQUES_FFP2" } }, data: { quantity: 0 } });
    const [ffp2] = await db().product.findMany({ where: { categoryCode: "MASQUES_FFP2" }, orderBy: { reference: "asc" } });
    await db().nationalStock.update({ where: { productId: ffp2.id }, data: { quantity: 3_000 } });
  });

  it("sums the chosen quotas over the eligible establishments and sets them against the category's national stock", async () => {
    const result = await simulateCategoryTension({ categorie: "MASQUES_FFP2", parLit: 1.5, parSalarie: 0.25 }, NOW);
    // 10 × 1.5 + 4 × 0.25 = 16 units a week per establishment.
    expect(result).toMatchObject({
      category: { code: "MASQUES_FFP2", unitLabel: "masque" },
      parameters: { perCapacityUnit: 1.5, perStaffMember: 0.25 },
      establishments: eligible,
      simulation: { weeklyQuotaUnits: 16 * eligible, stockUnits: 3_000, weeksOfStock: 3_000 / (16 * eligible) },
    });
    expect(eligible).toBeGreaterThan(1);
  });

  it("takes the category's current parameters for those not given", async () => {
    const category = await db().productCategory.findUniqueOrThrow({ where: { code: "MASQUES_FFP2" } });
    const result = await simulateCategoryTension({ categorie: "MASQUES_FFP2" }, NOW);
    expect(result?.parameters).toEqual({ perCapacityUnit: category.quotaPerCapacityUnit, perStaffMember: category.quotaPerStaffMember });
  });

  it("knows no category the catalogue does not have", async () => {
    expect(await simulateCategoryTension({ categorie: "INCONNUE", parLit: 1, parSalarie: 1 }, NOW)).toBeNull();
  });
});
