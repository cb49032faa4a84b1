import "server-only";
import { tensionRefusals } from "@/lib/domain/tension/refusals";
import { cannotEndDecreeReason, decreeStatus, findOverlappingDecree, sortDecreesForDisplay } from "@/lib/domain/tension/decree-period";
import type { CreateDecreeInput, EndDecreeInput } from "@/lib/schemas/tension";
import type { Actor } from "../actor";
import { audit } from "../audit";
import { db } from "../db";
import { lockRowOrThrow, missingCategory } from "./rows";

/** Every decree, running ones first, with its status at `now`. */
export async function listDecrees(now: Date) {
  const decrees = await db().tensionDecree.findMany({ include: { category: { select: { name: true } } } });
  return sortDecreesForDisplay(decrees, now).map((decree) => ({ ...decree, status: decreeStatus(decree, now) }));
}

/**
 * Puts a category in tension for a period. The category row is locked first, so two admins cannot both create
 * overlapping decrees: the second one sees the first one's and is refused.
 */
export async function createDecree(actor: Actor, input: CreateDecreeInput) {
  return db().$transaction(async (tx) => {
    await lockRowOrThrow(tx, "ProductCategory", input.categoryCode, missingCategory(input.categoryCode));
    const category = await tx.productCategory.findUniqueOrThrow({ where: { code: input.categoryCode }, select: { name: true } });
    const clash = findOverlappingDecree(input, await tx.tensionDecree.findMany({ where: { categoryCode: input.categoryCode } }));
    if (clash) throw tensionRefusals.refuse("DECREE_OVERLAP", { category: category.name, clash: { startsAt: clash.startsAt, endsAt: clash.endsAt } });
    const decree = await tx.tensionDecree.create({ data: { ...input, createdById: actor.id } });
    await audit(tx, actor, { action: "tensionDecree.create", entityType: "TensionDecree", entityId: decree.id, before: null, after: input });
    return { id: decree.id, categoryName: category.name };
  });
}

/** Ends a running decree at `now`: the category leaves tension for the next orders. */
export async function endDecree(actor: Actor, { id }: EndDecreeInput, now = new Date()) {
  return db().$transaction(async (tx) => {
    await lockRowOrThrow(tx, "TensionDecree", id, tensionRefusals.refuse("DECREE_NOT_FOUND"));
    const decree = await tx.tensionDecree.findUniqueOrThrow({ where: { id }, include: { category: { select: { name: true } } } });
    const refusal = cannotEndDecreeReason(decree, now);
    if (refusal) throw tensionRefusals.refuse(refusal);
    await tx.tensionDecree.update({ where: { id }, data: { endsAt: now } });
    await audit(tx, actor, { action: "tensionDecree.end", entityType: "TensionDecree", entityId: id, before: { endsAt: decree.endsAt }, after: { endsAt: now } });
    return { id, categoryName: decree.category.name };
  });
}
