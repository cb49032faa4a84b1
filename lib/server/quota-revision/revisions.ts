import "server-only";
import { apportion } from "@/lib/domain/allocation/fair-allocation";
import { isoWeekOf, parseWeekKey, shiftWeek } from "@/lib/domain/time/paris-time";
import { timeRefusals } from "@/lib/domain/time/refusals";
import { catalogueRefusals } from "@/lib/domain/catalogue/refusals";
import { quotaRefusals } from "@/lib/domain/quota/refusals";
import { accountWeeklyQuota, computedWeeklyQuota, quotaParametersOf } from "@/lib/domain/quota/weekly-quota";
import { requireUndecided } from "@/lib/domain/requests/request-status";
import type { Prisma } from "@/generated/prisma/client";
import type { RequestQuotaRevisionInput } from "@/lib/schemas/quota-revision";
import { accountOf } from "../account";
import type { Actor } from "../actor";
import { audit } from "../audit";
import { db } from "../db";
import { accountEstablishments } from "../orders/ordering-account";
import { arsRegionOf } from "../requests/account-region";

/** The ETs of an account and its region (an EJ's, from its first site). */
async function accountSites(accountFiness: string) {
  const sites = await accountEstablishments(accountFiness);
  if (sites.length === 0) throw quotaRefusals.refuse("ACCOUNT_NOT_FOUND");
  return { sites, regionCode: arsRegionOf(sites[0].departementCode) };
}

/** The weekly quota of a category the account has in a week, tension or not (what a revision must exceed). */
async function quotaInWeek(sites: Awaited<ReturnType<typeof accountEstablishments>>, categoryCode: string, week: string) {
  const category = await db().productCategory.findUnique({ where: { code: categoryCode }, include: { parameterChanges: true } });
  if (!category) throw catalogueRefusals.refuse("PRODUCT_CATEGORY_NOT_FOUND", { code: categoryCode });
  const overrides = await db().quotaOverride.findMany({ where: { categoryCode, establishmentFiness: { in: sites.map((s) => s.finess) } } });
  return { category, units: accountWeeklyQuota(sites, quotaParametersOf(category, week), overrides, week) };
}

/** An establishment asks its ARS for a higher weekly quota of a category, for 1 to 12 weeks. */
export async function requestQuotaRevision(
  actor: Pick<Actor, "id" | "email" | "establishmentFiness">,
  input: RequestQuotaRevisionInput,
  now = new Date(),
) {
  const accountFiness = accountOf(actor);
  const fromWeek = parseWeekKey(input.fromWeek);
  const currentWeek = isoWeekOf(now).key;
  if (!fromWeek) throw timeRefusals.refuse("WEEK_NOT_FOUND");
  if (fromWeek.key < currentWeek) throw quotaRefusals.refuse("REVISION_WEEK_PAST");
  if (fromWeek.key > shiftWeek(currentWeek, 12)) throw quotaRefusals.refuse("REVISION_WEEK_TOO_FAR");
  const { sites, regionCode } = await accountSites(accountFiness);
  const { category, units } = await quotaInWeek(sites, input.categoryCode, fromWeek.key);
  if (input.requestedUnits <= units) {
    throw quotaRefusals.refuse("REVISION_NOT_ABOVE_QUOTA", { units, unitLabel: category.unitLabel, category: category.name });
  }
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`quota-revision:${accountFiness}:${category.code}`}))`;
    const pending = await tx.quotaRevisionRequest.count({ where: { accountFiness, categoryCode: category.code, status: "PENDING" } });
    if (pending > 0) throw quotaRefusals.refuse("REVISION_ALREADY_PENDING");
    const request = await tx.quotaRevisionRequest.create({
      data: {
        accountFiness,
        regionCode,
        categoryCode: category.code,
        requestedUnits: input.requestedUnits,
        fromWeek: fromWeek.key,
        weeks: input.weeks,
        justification: input.justification,
        createdById: actor.id,
      },
      select: { id: true },
    });
    await audit(tx, actor, {
      action: "quota-revision.request",
      entityType: "QuotaRevisionRequest",
      entityId: request.id,
      after: { accountFiness, categoryCode: category.code, currentUnits: units, requestedUnits: input.requestedUnits, fromWeek: fromWeek.key, weeks: input.weeks },
    });
    return { requestId: request.id };
  });
}

type Decider = Pick<Actor, "id" | "email" | "regionCode">;

/** Locks a pending request of the decider's region, or says why it cannot be decided. */
async function lockPendingRequest(tx: Prisma.TransactionClient, actor: Decider, requestId: string) {
  const [row] = await tx.$queryRaw<Array<{ id: string }>>`SELECT "id" FROM "QuotaRevisionRequest" WHERE "id" = ${requestId} FOR UPDATE`;
  if (!row) throw quotaRefusals.refuse("REVISION_NOT_FOUND");
  const request = await tx.quotaRevisionRequest.findUniqueOrThrow({ where: { id: requestId } });
  if (!actor.regionCode || request.regionCode !== actor.regionCode) {
    throw quotaRefusals.refuse("REVISION_OF_ANOTHER_REGION");
  }
  requireUndecided(request.status);
  return request;
}

/** Writes the decision on the locked request and its audit row; `after` is what the journal shows beyond the status. */
async function recordDecision(
  tx: Prisma.TransactionClient,
  actor: Decider,
  requestId: string,
  now: Date,
  decision: { status: "APPROVED"; grantedUnits: number } | { status: "REJECTED"; decisionReason: string },
  after: Record<string, unknown>,
) {
  await tx.quotaRevisionRequest.update({ where: { id: requestId }, data: { ...decision, decidedAt: now, decidedById: actor.id } });
  await audit(tx, actor, {
    action: decision.status === "APPROVED" ? "quota-revision.approve" : "quota-revision.reject",
    entityType: "QuotaRevisionRequest",
    entityId: requestId,
    before: { status: "PENDING" },
    after: { status: decision.status, ...after },
  });
}

/**
 * The ARS approves a revision with the weekly units it grants: the account's quota of the category becomes that
 * amount for the weeks asked. For an ET, one override; for the EJ of a public multi-site entity, one override per
 * site, the granted units split in proportion to the sites' computed quotas (largest remainder; equally when none
 * has one), so that the account's total is exactly the granted amount.
 */
export async function approveQuotaRevision(actor: Decider, input: { requestId: string; grantedUnits: number }, now = new Date()) {
  // Read before the transaction (no connection held while reading); the request is locked and checked again inside.
  const filed = await db().quotaRevisionRequest.findUnique({ where: { id: input.requestId } });
  if (!filed) throw quotaRefusals.refuse("REVISION_NOT_FOUND");
  const sites = await accountEstablishments(filed.accountFiness);
  const category = await db().productCategory.findUniqueOrThrow({ where: { code: filed.categoryCode }, include: { parameterChanges: true } });
  return db().$transaction(async (tx) => {
    const request = await lockPendingRequest(tx, actor, input.requestId);
    if (input.grantedUnits > request.requestedUnits) {
      throw quotaRefusals.refuse("GRANT_ABOVE_REQUEST", { requestedUnits: request.requestedUnits });
    }
    const computed = sites.map((s) => ({ key: s.finess, weight: computedWeeklyQuota(s, quotaParametersOf(category, request.fromWeek)) }));
    const weights = computed.some((c) => c.weight > 0) ? computed : computed.map((c) => ({ ...c, weight: 1 }));
    const shares = apportion(input.grantedUnits, weights);
    const toWeek = shiftWeek(request.fromWeek, request.weeks - 1);
    const overrides: Array<{ id: string; establishmentFiness: string; weeklyUnits: number }> = [];
    for (const site of sites) {
      const override = await tx.quotaOverride.create({
        data: {
          establishmentFiness: site.finess,
          categoryCode: request.categoryCode,
          weeklyUnits: shares.get(site.finess) ?? 0,
          fromWeek: request.fromWeek,
          toWeek,
          reason: `Révision de contingent accordée par l'ARS (demande ${request.id})`,
        },
        select: { id: true, establishmentFiness: true, weeklyUnits: true },
      });
      overrides.push(override);
    }
    await recordDecision(tx, actor, request.id, now, { status: "APPROVED", grantedUnits: input.grantedUnits }, { fromWeek: request.fromWeek, toWeek, overrides });
    return { requestId: request.id, fromWeek: request.fromWeek, toWeek, overrides };
  });
}

/** The ARS refuses a revision, with its reason. */
export async function rejectQuotaRevision(actor: Decider, input: { requestId: string; reason: string }, now = new Date()) {
  return db().$transaction(async (tx) => {
    const request = await lockPendingRequest(tx, actor, input.requestId);
    await recordDecision(tx, actor, request.id, now, { status: "REJECTED", decisionReason: input.reason }, { reason: input.reason });
    return { requestId: request.id };
  });
}

async function withAccountNames<T extends { accountFiness: string }>(requests: T[]) {
  const finesses = [...new Set(requests.map((r) => r.accountFiness))];
  const [ets, ejs] = await Promise.all([
    db().establishment.findMany({ where: { finess: { in: finesses } }, select: { finess: true, name: true } }),
    db().legalEntity.findMany({ where: { finess: { in: finesses } }, select: { finess: true, name: true } }),
  ]);
  const names = new Map([...ejs, ...ets].map((e) => [e.finess, e.name]));
  return requests.map((r) => ({ ...r, accountName: names.get(r.accountFiness) ?? r.accountFiness }));
}

/** An account's revision requests, newest first. */
export async function revisionsOfAccount(accountFiness: string) {
  return withAccountNames(await db().quotaRevisionRequest.findMany({ where: { accountFiness }, orderBy: { createdAt: "desc" }, take: 100 }));
}

/** A region's revision requests: pending first (oldest first), then the decided ones, newest first. */
export async function revisionsOfRegion(regionCode: string) {
  const [pending, decided] = await Promise.all([
    db().quotaRevisionRequest.findMany({ where: { regionCode, status: "PENDING" }, orderBy: { createdAt: "asc" } }),
    db().quotaRevisionRequest.findMany({ where: { regionCode, status: { not: "PENDING" } }, orderBy: { decidedAt: "desc" }, take: 100 }),
  ]);
  return { pending: await withAccountNames(pending), decided: await withAccountNames(decided) };
}

/** The account's current weekly quota of each category in a week, tension or not: what the form compares with. */
export async function accountQuotasInWeek(accountFiness: string, week: string) {
  const sites = await accountEstablishments(accountFiness);
  const [categories, overrides] = await Promise.all([
    db().productCategory.findMany({ orderBy: { sortOrder: "asc" }, include: { parameterChanges: true } }),
    db().quotaOverride.findMany({ where: { establishmentFiness: { in: sites.map((s) => s.finess) } } }),
  ]);
  return categories.map((c) => ({
    code: c.code,
    name: c.name,
    unitLabel: c.unitLabel,
    units: accountWeeklyQuota(sites, quotaParametersOf(c, week), overrides.filter((o) => o.categoryCode === c.code), week),
  }));
}
