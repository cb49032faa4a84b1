import "server-only";
import { quotaParametersOf, type QuotaParameters } from "@/lib/domain/quota/weekly-quota";
import { parametersForTarget, simulateTension } from "@/lib/domain/tension/runway";
import { isoWeekOf } from "@/lib/domain/time/paris-time";
import type { TensionSimulationInput } from "@/lib/schemas/tension";
import { db } from "../db";

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
