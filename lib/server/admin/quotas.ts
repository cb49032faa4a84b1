import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { isoWeekOf } from "@/lib/domain/time/paris-time";
import { quotaRefusals } from "@/lib/domain/quota/refusals";
import { establishmentWeeklyQuota } from "@/lib/domain/quota/override-rules";
import { parameterChangeWeekError, planParameterChange } from "@/lib/domain/quota/parameter-changes";
import { quotaParametersOf } from "@/lib/domain/quota/weekly-quota";
import { categoriesInTension } from "@/lib/domain/tension/tension";
import type { CreateQuotaOverrideInput, QuotaParametersInput, RemoveQuotaOverrideInput, SpfCapacityThresholdInput } from "@/lib/schemas/quota";
import type { Actor } from "../actor";
import { audit } from "../audit";
import { db } from "../db";
import { getSetting } from "../settings";
import { lockRowOrThrow, missingCategory, requireCategory } from "./rows";

/** What the quotas page shows: each category's parameters, every override, the SpF threshold. */
export async function loadQuotaSettings() {
  const [categories, overrides, spfCapacityThreshold] = await Promise.all([
    db().productCategory.findMany({ orderBy: [{ sortOrder: "asc" }, { code: "asc" }], include: { parameterChanges: { orderBy: { fromWeek: "asc" } } } }),
    db().quotaOverride.findMany({
      include: { establishment: { select: { name: true } }, category: { select: { name: true } } },
      orderBy: [{ establishmentFiness: "asc" }, { categoryCode: "asc" }, { createdAt: "desc" }],
    }),
    getSetting("spfCapacityThreshold"),
  ]);
  return { categories, overrides, spfCapacityThreshold };
}

/**
 * New quota parameters of a category from a chosen week (the form proposes next week) until its next planned change:
 * the weeks before keep theirs, and a week under way never drops below what was ordered in it (weekAllowance).
 */
export async function updateQuotaParameters(actor: Actor, { categoryCode, fromWeek, quotaPerCapacityUnit, quotaPerStaffMember }: QuotaParametersInput, now = new Date()) {
  const currentWeek = isoWeekOf(now).key;
  if (parameterChangeWeekError(fromWeek, currentWeek)) throw quotaRefusals.refuse("PARAMETERS_WEEK_PAST", { currentWeek });
  const parameters = { perCapacityUnit: quotaPerCapacityUnit, perStaffMember: quotaPerStaffMember };
  return db().$transaction(async (tx) => {
    await lockRowOrThrow(tx, "ProductCategory", categoryCode, missingCategory(categoryCode));
    const category = await tx.productCategory.findUniqueOrThrow({ where: { code: categoryCode }, include: { parameterChanges: true } });
    const before = quotaParametersOf(category, fromWeek);
    const plan = planParameterChange(category, fromWeek, parameters);
    const result = { categoryCode, name: category.name, fromWeek, changed: plan !== "unchanged" };
    if (plan === "unchanged") return result;
    const key = { categoryCode_fromWeek: { categoryCode, fromWeek } };
    if (plan === "remove") await tx.quotaParameterChange.delete({ where: key });
    else await tx.quotaParameterChange.upsert({ where: key, create: { categoryCode, fromWeek, ...parameters, createdById: actor.id }, update: { ...parameters, createdById: actor.id, createdAt: new Date() } });
    await audit(tx, actor, { action: "quotaParameters.update", entityType: "ProductCategory", entityId: categoryCode, before: { fromWeek, ...before }, after: { fromWeek, ...parameters } });
    return result;
  });
}

/** What to say of a FINESS that names no ET of the referential: an EJ's number is named as such. */
async function notAnEstablishment(finess: string, client: Prisma.TransactionClient = db()) {
  const legalEntity = await client.legalEntity.findUnique({ where: { finess }, select: { name: true } });
  return { finess, legalEntityName: legalEntity?.name ?? null };
}

/** Replaces the computed weekly quota of one ET and category, for some weeks or open-ended. */
export async function createQuotaOverride(actor: Actor, input: CreateQuotaOverrideInput) {
  return db().$transaction(async (tx) => {
    const establishment = await tx.establishment.findUnique({ where: { finess: input.establishmentFiness }, select: { name: true } });
    if (!establishment) throw quotaRefusals.refuse("NOT_AN_ESTABLISHMENT", await notAnEstablishment(input.establishmentFiness, tx));
    await requireCategory(tx, input.categoryCode);
    const override = await tx.quotaOverride.create({ data: input });
    await audit(tx, actor, { action: "quotaOverride.create", entityType: "QuotaOverride", entityId: override.id, before: null, after: input });
    return { id: override.id, establishmentName: establishment.name };
  });
}

export async function removeQuotaOverride(actor: Actor, { id }: RemoveQuotaOverrideInput) {
  return db().$transaction(async (tx) => {
    const override = await tx.quotaOverride.findUnique({ where: { id } });
    if (!override) throw quotaRefusals.refuse("OVERRIDE_NOT_FOUND");
    await tx.quotaOverride.delete({ where: { id } });
    const { establishmentFiness, categoryCode, weeklyUnits, fromWeek, toWeek, reason } = override;
    await audit(tx, actor, {
      action: "quotaOverride.remove",
      entityType: "QuotaOverride",
      entityId: id,
      before: { establishmentFiness, categoryCode, weeklyUnits, fromWeek, toWeek, reason },
      after: null,
    });
    return { id };
  });
}

/** Stores the capacity from which Santé publique France delivers directly, as the JSON number getSetting reads. */
export async function setSpfCapacityThreshold(actor: Actor, { spfCapacityThreshold }: SpfCapacityThresholdInput) {
  const key = "spfCapacityThreshold";
  return db().$transaction(async (tx) => {
    const before = await tx.setting.findUnique({ where: { key } });
    if (before?.value === spfCapacityThreshold) return { spfCapacityThreshold, changed: false };
    await tx.setting.upsert({ where: { key }, create: { key, value: spfCapacityThreshold }, update: { value: spfCapacityThreshold } });
    await audit(tx, actor, { action: "setting.update", entityType: "Setting", entityId: key, before: { value: before?.value ?? null }, after: { value: spfCapacityThreshold } });
    return { spfCapacityThreshold, changed: true };
  });
}

/**
 * One ET's weekly quota per category for the week of `now`: computed from its size, the override that replaces it
 * if any, and whether the category is in tension (quotas only bind then). Null when no ET has this FINESS.
 */
export async function establishmentQuotas(finess: string, now: Date) {
  const establishment = await db().establishment.findUnique({
    where: { finess },
    select: { finess: true, name: true, capacity: true, salariedStaff: true, category: { select: { code: true, label: true } } },
  });
  if (!establishment) return { establishment: null, unknown: quotaRefusals.refusal("NOT_AN_ESTABLISHMENT", await notAnEstablishment(finess)) } as const;
  const week = isoWeekOf(now);
  const [categories, overrides, decrees] = await Promise.all([
    db().productCategory.findMany({ orderBy: [{ sortOrder: "asc" }, { code: "asc" }], include: { parameterChanges: true } }),
    db().quotaOverride.findMany({ where: { establishmentFiness: finess } }),
    db().tensionDecree.findMany({ where: { startsAt: { lte: now } } }),
  ]);
  const tension = categoriesInTension(decrees, now);
  const quotas = categories.map((category) => ({
    code: category.code,
    name: category.name,
    unitLabel: category.unitLabel,
    inTension: tension.has(category.code),
    ...establishmentWeeklyQuota(
      establishment,
      quotaParametersOf(category, week.key),
      overrides.filter((o) => o.categoryCode === category.code),
      week.key,
    ),
  }));
  return { establishment, week, quotas } as const;
}
