import "server-only";
import { categoriesInTension } from "@/lib/domain/tension/tension";
import { db } from "../db";

/** The names of the products ordered on the state stock this week (categories in tension), for the sign-in notice. */
export async function contingentedProductNames(now: Date): Promise<string[]> {
  const tension = categoriesInTension(await db().tensionDecree.findMany(), now);
  if (tension.size === 0) return [];
  const products = await db().product.findMany({
    where: { active: true, categoryCode: { in: [...tension] } },
    orderBy: [{ category: { sortOrder: "asc" } }, { name: "asc" }],
    select: { name: true },
  });
  return products.map((p) => p.name);
}
