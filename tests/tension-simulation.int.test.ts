import { beforeAll, describe, expect, it } from "vitest";
import { nationalStockRunway, simulateCategoriesTension } from "@/lib/server/admin/tension-simulation";
import { db } from "@/lib/server/db";
import { DEMO_FINESS } from "@/prisma/demo/establishments";
import { seedDemo } from "@/prisma/seed";
import { isoWeekOf, shiftWeek } from "@/lib/domain/time/paris-time";
import { resetDatabase } from "./database";
import { createOrder, createUser } from "./reporting-factories";

const NOW = new Date("2026-12-02T10:00:00Z");

describe("the tension simulator on PostgreSQL", () => {
  let eligible: number;
  let gloveProducts: number;

  beforeAll(async () => {
    await resetDatabase();
    await seedDemo(db());
    // Every establishment the same size, but the pharmacy (category 620, not eligible): huge, and left out.
    await db().establishment.updateMany({ data: { capacity: 10, salariedStaff: 4 } });
    await db().establishment.update({ where: { finess: DEMO_FINESS.pharmacyEt }, data: { capacity: 1_000_000, salariedStaff: 1_000_000 } });
    eligible = await db().establishment.count({ where: { category: { eligible: true } } });
    gloveProducts = await db().nationalStock.count({ where: { product: { categoryCode: "GANTS" } } });
    await db().nationalStock.updateMany({ where: { product: { categoryCode: "MASQUES_FFP2" } }, data: { quantity: 0 } });
    const [ffp2] = await db().product.findMany({ where: { categoryCode: "MASQUES_FFP2" }, orderBy: { reference: "asc" } });
    await db().nationalStock.update({ where: { productId: ffp2.id }, data: { quantity: 3_000 } });
    // Gloves: 4 000 for each product of the category.
    await db().nationalStock.updateMany({ where: { product: { categoryCode: "GANTS" } }, data: { quantity: 4_000 } });
  });

  it("sums the chosen quotas over the eligible establishments and sets them against each category's national stock", async () => {
    const result = await simulateCategoriesTension({ categorie: ["MASQUES_FFP2", "GANTS"], parLit: 1.5, parSalarie: 0.25 }, NOW);
    // 10 × 1.5 + 4 × 0.25 = 16 units a week per establishment, for each category.
    expect(result).toMatchObject({
      ok: true,
      establishments: eligible,
      categories: [
        {
          category: { code: "MASQUES_FFP2", unitLabel: "masque" },
          parameters: { perCapacityUnit: 1.5, perStaffMember: 0.25 },
          simulation: { weeklyQuotaUnits: 16 * eligible, stockUnits: 3_000, weeksOfStock: 3_000 / (16 * eligible) },
        },
        {
          category: { code: "GANTS", unitLabel: "gant" },
          simulation: { weeklyQuotaUnits: 16 * eligible, stockUnits: 4_000 * gloveProducts, weeksOfStock: (4_000 * gloveProducts) / (16 * eligible) },
        },
      ],
    });
    expect(eligible).toBeGreaterThan(1);
    expect(gloveProducts).toBeGreaterThan(0);
    // The masks, with less stock for the same quota, run out first.
    expect(result.ok && result.outlook.firstToRunOut?.code).toBe("MASQUES_FFP2");
  });

  it("takes each category's current parameters for those not given", async () => {
    const categories = await db().productCategory.findMany({ where: { code: { in: ["MASQUES_FFP2", "GANTS"] } } });
    const result = await simulateCategoriesTension({ categorie: ["GANTS", "MASQUES_FFP2"] }, NOW);
    expect(result.ok && result.categories.map((c) => [c.category.code, c.parameters])).toEqual(
      ["GANTS", "MASQUES_FFP2"].map((code) => {
        const category = categories.find((c) => c.code === code)!;
        return [code, { perCapacityUnit: category.quotaPerCapacityUnit, perStaffMember: category.quotaPerStaffMember }];
      }),
    );
  });

  it("simulates nothing when a category chosen is not in the catalogue, and names it", async () => {
    expect(await simulateCategoriesTension({ categorie: ["MASQUES_FFP2", "INCONNUE"], parLit: 1, parSalarie: 1 }, NOW)).toEqual({ ok: false, unknownCodes: ["INCONNUE"] });
  });

  it("sets each product's stock against the state's orders of the last 4 complete weeks, consortium and cancelled ones apart", async () => {
    const { id: createdById } = await createUser("operateur.runway@demo.fr");
    const week = isoWeekOf(NOW).key;
    const order = (weeksAgo: number, packs: number, options: { kind?: "CONSORTIUM" | "EMERGENCY"; status?: "CANCELLED" } = {}) =>
      createOrder({ createdById, deliveryFiness: DEMO_FINESS.ehpadEt, week: shiftWeek(week, -weeksAgo), lines: [{ reference: "EPI-FFP2-20", packs }], ...options });
    await order(1, 10);
    await order(2, 5, { kind: "EMERGENCY" });
    await order(2, 100, { kind: "CONSORTIUM" });
    await order(3, 100, { status: "CANCELLED" });
    await order(5, 100);
    await order(0, 100);
    const { weeks, products } = await nationalStockRunway(NOW);
    expect(weeks).toEqual([-4, -3, -2, -1].map((offset) => shiftWeek(week, offset)));
    const ffp2 = products.find((p) => p.name === "Masque FFP2 (boîte de 20)");
    // 3 000 masks in stock; 100 then 200 masks ordered: 75 a week on average, 40 weeks.
    expect(ffp2?.runway).toMatchObject({ stockUnits: 3_000, orderedByWeek: [0, 0, 100, 200], weeklyRate: 75, weeksLeft: 40, belowTarget: false });
  });
});
