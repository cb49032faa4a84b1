import "server-only";
import { db } from "../db";

/** The EPI categories in the catalogue's order, for choices and labels. */
export function productCategories() {
  return db().productCategory.findMany({ orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { code: true, name: true } });
}

/** The active products by name, with their category, for the admin's choices. */
export function activeProducts() {
  return db().product.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true, categoryCode: true } });
}
