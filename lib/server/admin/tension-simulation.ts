import "server-only";
import { quotaParametersOf, type QuotaParameters } from "@/lib/domain/quota/weekly-quota";
import { parametersForTarget, productRunway, RUNWAY_WEEKS, simulateTension } from "@/lib/domain/tension/runway";
import { isoWeekOf, shiftWeek } from "@/lib/domain/time/paris-time";
import type { TensionSimulationInput } from "@/lib/schemas/tension";
import { db } from "../db";
import { listNationalStock } from "./stock";

/**
 * A tension tried on one category: its weekly quota summed over every eligible establishment, and the weeks the
 * national stock of its products lasts at that pace (a parameter not given: the category's current one); null for a
 * category the catalogue does not have.
 */
export async function simulateCategoryTension({ categorie, parLit, parSalarie }: TensionSimulationInput, now: Date) {
  const category = await db().productCategory.findUnique({ where: { code: categorie }, include: { parameterChanges: true } });
  if (!category) return null;
  const current = quotaParametersOf(category, isoWeekOf(now).key);
  const [stock, establishments] = await Promise.all([
    db().nationalStock.aggregate({ _sum: { quantity: true }, where: { product: { categoryCode: category.code } } }),
    db().establishment.findMany({ where: { category: { eligible: true } }, select: { finess: true, capacity: true, salariedStaff: true } }),
  ]);
  const parameters: QuotaParameters = { perCapacityUnit: parLit ?? current.perCapacityUnit, perStaffMember: parSalarie ?? current.perStaffMember };
  const [simulation] = simulateTension([{ code: category.code, parameters, stockUnits: stock._sum.quantity ?? 0 }], establishments);
  return {
    category: { code: category.code, name: category.name, unitLabel: category.unitLabel },
    parameters,
    establishments: establishments.length,
    simulation,
    forTarget: parametersForTarget(simulation, parameters),
  };
}

/**
 * Each product's state stock against the pace of the state's orders (emergency top-ups included, cancelled ones and
 * the consortium's not) in the last complete weeks: the weeks it lasts if orders go on so.
 */
export async function nationalStockRunway(now: Date) {
  const current = isoWeekOf(now).key;
  const weeks = Array.from({ length: RUNWAY_WEEKS }, (_, index) => shiftWeek(current, index - RUNWAY_WEEKS));
  const [products, ordered] = await Promise.all([
    listNationalStock(),
    db().$queryRaw<Array<{ productId: string; week: string; units: number }>>`
      SELECT l."productId", o."week", SUM(l."units")::int AS "units"
      FROM "OrderLine" l JOIN "Order" o ON o."id" = l."orderId"
      WHERE o."kind" <> 'CONSORTIUM' AND o."status" <> 'CANCELLED' AND o."week" = ANY(${weeks})
      GROUP BY l."productId", o."week"`,
  ]);
  const unitsOf = (productId: string, week: string) => ordered.find((row) => row.productId === productId && row.week === week)?.units ?? 0;
  return {
    weeks,
    products: products.map((product) => ({
      id: product.id,
      name: product.name,
      unitLabel: product.category.unitLabel,
      runway: productRunway(product.quantity, weeks.map((week) => unitsOf(product.id, week))),
    })),
  };
}
