import "server-only";
import { categoriesInTension } from "@/lib/domain/tension/tension";
import { referenceData } from "../reference-data";

/**
 * The names of the products ordered on the state stock this week (categories in tension), for the sign-in notice:
 * from the cached reference data (decision 0022), as every page of an orderer shows the notice's layout.
 */
export async function contingentedProductNames(now: Date): Promise<string[]> {
  const { decrees, products } = await referenceData();
  const tension = categoriesInTension(decrees, now);
  return products.filter((product) => tension.has(product.categoryCode)).map((product) => product.name);
}
