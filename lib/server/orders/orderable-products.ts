import "server-only";
import { db } from "../db";
import type { CategoryQuota } from "./quota-overview";

/** The active products, split by channel: state stock for categories in tension, the consortium for the others. */
export async function orderableProducts(quotas: CategoryQuota[]) {
  const products = await db().product.findMany({
    where: { active: true },
    include: { category: true },
    orderBy: [{ category: { sortOrder: "asc" } }, { name: "asc" }],
  });
  const quotaOf = (code: string) => quotas.find((q) => q.code === code);
  const view = (p: (typeof products)[number]) => ({
    id: p.id,
    name: p.name,
    packSize: p.packSize,
    packaging: p.packaging,
    unitLabel: p.category.unitLabel,
    unitPriceCents: p.unitPriceCents,
  });
  return {
    stateStock: products
      .filter((p) => quotaOf(p.categoryCode)?.inTension)
      .map((p) => {
        const quota = quotaOf(p.categoryCode)!;
        return { ...view(p), remainingUnits: Math.max(0, quota.allowedUnits - quota.usedUnits) };
      }),
    consortium: products.filter((p) => !quotaOf(p.categoryCode)?.inTension).map(view),
  };
}
