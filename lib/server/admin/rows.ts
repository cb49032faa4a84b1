import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { DomainError } from "@/lib/domain/errors";
import { catalogueRefusals } from "@/lib/domain/catalogue/refusals";

type Tx = Prisma.TransactionClient;

/** The admin-edited tables and the key each is found by. */
const KEYS = { Product: "id", ProductCategory: "code", TensionDecree: "id" } as const;

/**
 * Locks one row until the transaction ends, so that what is read next (the audit's "before", a rule's input) cannot
 * change under the caller; throws `missing` when there is no such row.
 */
export async function lockRowOrThrow(tx: Tx, table: keyof typeof KEYS, key: string, missing: DomainError): Promise<void> {
  const rows = await tx.$queryRaw<unknown[]>(
    Prisma.sql`SELECT 1 FROM ${Prisma.raw(`"${table}"`)} WHERE ${Prisma.raw(`"${KEYS[table]}"`)} = ${key} FOR UPDATE`,
  );
  if (rows.length === 0) throw missing;
}

export const missingCategory = (code: string) => catalogueRefusals.refuse("PRODUCT_CATEGORY_NOT_FOUND", { code });

/** Checks that an EPI category exists (without locking it: categories are never deleted). */
export async function requireCategory(tx: Tx, code: string): Promise<void> {
  if (!(await tx.productCategory.findUnique({ where: { code }, select: { code: true } }))) throw missingCategory(code);
}

/** The fields whose value differs between two versions of a row, with both values: what the audit row keeps. */
export function changedFields<T extends object>(before: T, after: Partial<T>): { before: Partial<T>; after: Partial<T> } | null {
  const keys = (Object.keys(after) as (keyof T)[]).filter((key) => after[key] !== undefined && after[key] !== before[key]);
  if (keys.length === 0) return null;
  return {
    before: Object.fromEntries(keys.map((key) => [key, before[key]])) as Partial<T>,
    after: Object.fromEntries(keys.map((key) => [key, after[key]])) as Partial<T>,
  };
}
