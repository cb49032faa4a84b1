import "server-only";
import { db } from "../db";

/** The eligible list as the national admin keeps it, for the FAQ: code and label, by code. */
export async function eligibleCategories(): Promise<Array<{ code: string; label: string }>> {
  return db().category.findMany({ where: { eligible: true }, orderBy: { code: "asc" }, select: { code: true, label: true } });
}

/** The FINESS categories matching a search (code prefix or label), eligible first, and how many are eligible. */
export async function searchCategories(q: string) {
  const [categories, eligibleCount] = await Promise.all([
    db().category.findMany({
      where: q ? { OR: [{ code: { startsWith: q } }, { label: { contains: q, mode: "insensitive" } }] } : undefined,
      orderBy: [{ eligible: "desc" }, { code: "asc" }],
    }),
    db().category.count({ where: { eligible: true } }),
  ]);
  return { categories, eligibleCount };
}
