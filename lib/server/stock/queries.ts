import "server-only";
import { db } from "../db";

/** The products an establishment declares its stock of: the active ones, by category then name. */
export function declarableProducts() {
  return db().product.findMany({
    where: { active: true },
    include: { category: true },
    orderBy: [{ category: { sortOrder: "asc" } }, { name: "asc" }],
  });
}

/** Every product's name by id, withdrawn ones included: a history names what was declared then. */
export async function productNames(): Promise<Map<string, string>> {
  return new Map((await db().product.findMany({ select: { id: true, name: true } })).map((p) => [p.id, p.name]));
}
