import "server-only";
import { referentialRefusals } from "@/lib/domain/referential/refusals";
import type { AddEligibleCategoryInput, SetCategoryEligibilityInput } from "@/lib/schemas/categories";
import type { Actor } from "../actor";
import { audit } from "../audit";
import { db } from "../db";

/** Puts a category on or off the eligible list; the row is locked so two admins cannot interleave. */
export async function setCategoryEligibility(actor: Actor, { code, eligible }: SetCategoryEligibilityInput) {
  return db().$transaction(async (tx) => {
    const [current] = await tx.$queryRaw<Array<{ eligible: boolean; label: string }>>`
      SELECT eligible, label FROM "Category" WHERE code = ${code} FOR UPDATE`;
    if (!current) throw referentialRefusals.refuse("CATEGORY_NOT_FOUND", { code });
    if (current.eligible === eligible) return { code, eligible, changed: false };
    await tx.category.update({ where: { code }, data: { eligible } });
    await audit(tx, actor, {
      action: eligible ? "category.eligible.add" : "category.eligible.remove",
      entityType: "Category",
      entityId: code,
      before: { eligible: current.eligible, label: current.label },
      after: { eligible, label: current.label },
    });
    return { code, eligible, changed: true };
  });
}

/** Adds a category to the eligible list, creating it with its label when FINESS has not brought it yet. */
export async function addEligibleCategory(actor: Actor, input: AddEligibleCategoryInput) {
  const code = input.code.trim();
  const label = input.label?.trim() ?? "";
  const exists = await db().category.findUnique({ where: { code }, select: { code: true } });
  if (exists) return setCategoryEligibility(actor, { code, eligible: true });
  if (!label) throw referentialRefusals.refuse("CATEGORY_LABEL_REQUIRED", { code });
  return db().$transaction(async (tx) => {
    await tx.category.create({ data: { code, label, eligible: true } });
    await audit(tx, actor, {
      action: "category.create",
      entityType: "Category",
      entityId: code,
      before: null,
      after: { eligible: true, label },
    });
    return { code, eligible: true, changed: true };
  });
}
