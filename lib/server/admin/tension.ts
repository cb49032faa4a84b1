import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { cannotEndDecreeReason, decreeStatus, findOverlappingDecree, sortDecreesForDisplay } from "@/lib/domain/tension/decree-period";
import { formatParisDateTime } from "@/lib/domain/tension/paris-local-time";
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

function describePeriod({ startsAt, endsAt }: { startsAt: Date; endsAt: Date | null }): string {
  return endsAt ? `du ${formatParisDateTime(startsAt)} au ${formatParisDateTime(endsAt)}` : `depuis le ${formatParisDateTime(startsAt)}, sans date de fin`;
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
    if (clash) {
      throw new DomainError(
        `${category.name} : un décret de tension couvre déjà une partie de cette période (${describePeriod(clash)}). ` +
          "Une catégorie ne peut pas avoir deux décrets en même temps : terminez le décret en cours ou choisissez d'autres dates.",
      );
    }
    const decree = await tx.tensionDecree.create({ data: { ...input, createdById: actor.id } });
    await audit(tx, actor, { action: "tensionDecree.create", entityType: "TensionDecree", entityId: decree.id, before: null, after: input });
    return { id: decree.id, categoryName: category.name };
  });
}

/** Ends a running decree at `now`: the category leaves tension for the next orders. */
export async function endDecree(actor: Actor, { id }: EndDecreeInput, now = new Date()) {
  return db().$transaction(async (tx) => {
    await lockRowOrThrow(tx, "TensionDecree", id, "Ce décret n'existe pas : rechargez la page.");
    const decree = await tx.tensionDecree.findUniqueOrThrow({ where: { id }, include: { category: { select: { name: true } } } });
    const refusal = cannotEndDecreeReason(decree, now);
    if (refusal) throw new DomainError(refusal);
    await tx.tensionDecree.update({ where: { id }, data: { endsAt: now } });
    await audit(tx, actor, { action: "tensionDecree.end", entityType: "TensionDecree", entityId: id, before: { endsAt: decree.endsAt }, after: { endsAt: now } });
    return { id, categoryName: decree.category.name };
  });
}
