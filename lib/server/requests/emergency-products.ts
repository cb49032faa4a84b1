import "server-only";
import { db } from "../db";

/** The active products an emergency top-up may ask for, with the national stock that would serve them. */
export async function emergencyProducts() {
  const products = await db().product.findMany({
    where: { active: true },
    include: { category: { select: { unitLabel: true, sortOrder: true } }, stock: { select: { quantity: true } } },
    orderBy: [{ category: { sortOrder: "asc" } }, { name: "asc" }],
  });
  return products.map((p) => ({ id: p.id, name: p.name, packSize: p.packSize, unitLabel: p.category.unitLabel, stockUnits: p.stock?.quantity ?? 0 }));
}

/** The establishments of a region that may order, for the FINESS field's suggestions. */
export function regionEstablishments(regionCode: string, take = 1000) {
  return db().establishment.findMany({
    where: { departement: { regionCode }, category: { eligible: true } },
    select: { finess: true, name: true },
    orderBy: { name: "asc" },
    take,
  });
}
