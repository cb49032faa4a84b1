import "server-only";
import { quotaParametersOf, type QuotaParameters } from "@/lib/domain/quota/weekly-quota";
import { parametersForTarget, productRunway, RUNWAY_WEEKS, simulateTension, tensionOutlook } from "@/lib/domain/tension/runway";
import { isoWeekOf, shiftWeek } from "@/lib/domain/time/paris-time";
import type { TensionSimulationInput } from "@/lib/schemas/tension";
import { db } from "../db";
import { listNationalStock } from "./stock";

/**
 * A tension tried on several categories at once: for each, its weekly quota summed over every eligible establishment
 * and the weeks the national stock of its products lasts at that pace (a parameter not given: each category's current
 * one); then the category that runs out first. Codes the catalogue does not have are returned apart, nothing simulated.
 */
export async function simulateCategoriesTension({ categorie: codes, parLit, parSalarie }: TensionSimulationInput, now: Date) {
  const found = await db().productCategory.findMany({ where: { code: { in: codes } }, include: { parameterChanges: true } });
  const unknownCodes = codes.filter((code) => !found.some((category) => category.code === code));
  if (unknownCodes.length > 0) return { ok: false, unknownCodes } as const;
  // In the order chosen, which is the catalogue's on the form.
  const categories = codes.map((code) => found.find((category) => category.code === code)!);
  const week = isoWeekOf(now).key;
  const [stock, establishments] = await Promise.all([
    db().nationalStock.findMany({ where: { product: { categoryCode: { in: codes } } }, select: { quantity: true, product: { select: { categoryCode: true } } } }),
    db().establishment.findMany({ where: { category: { eligible: true } }, select: { finess: true, capacity: true, salariedStaff: true } }),
  ]);
  const stockOf = (code: string) => stock.reduce((sum, row) => sum + (row.product.categoryCode === code ? row.quantity : 0), 0);
  const tried = categories.map((category) => {
    const current = quotaParametersOf(category, week);
    const parameters: QuotaParameters = { perCapacityUnit: parLit ?? current.perCapacityUnit, perStaffMember: parSalarie ?? current.perStaffMember };
    return { code: category.code, parameters, stockUnits: stockOf(category.code) };
  });
  const simulations = simulateTension(tried, establishments);
  return {
    ok: true,
    establishments: establishments.length,
    categories: categories.map((category, index) => ({
      category: { code: category.code, name: category.name, unitLabel: category.unitLabel },
      parameters: tried[index].parameters,
      simulation: simulations[index],
      forTarget: parametersForTarget(simulations[index], tried[index].parameters),
    })),
    outlook: tensionOutlook(simulations),
  } as const;
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
