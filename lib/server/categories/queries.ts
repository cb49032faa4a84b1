import "server-only";
import { db } from "../db";

/** The eligible list as the national admin keeps it, for the FAQ: code and label, by code. */
export async function eligibleCategories(): Promise<Array<{ code: string; label: string }>> {
  return db().category.findMany({ where: { eligible: true }, orderBy: { code: "asc" }, select: { code: true, label: true } });
}
