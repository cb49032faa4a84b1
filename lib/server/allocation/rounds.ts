import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { allocate } from "@/lib/domain/allocation/fair-allocation";
import { isoWeekOf, parisInstant, parseWeekKey } from "@/lib/domain/time/paris-time";
import { allocationRefusals } from "@/lib/domain/allocation/refusals";
import { timeRefusals } from "@/lib/domain/time/refusals";
import { catalogueRefusals } from "@/lib/domain/catalogue/refusals";
import { chooseCarrier } from "@/lib/domain/orders/carrier";
import { categoriesInTension } from "@/lib/domain/tension/tension";
import type { OpenAllocationRoundInput, RequestAllocationInput } from "@/lib/schemas/allocation";
import { accountOf } from "../account";
import type { Actor } from "../actor";
import { audit } from "../audit";
import { auditOrderPlaced } from "../orders/order-audit";
import { db } from "../db";
import { quotaOverview } from "../orders/quota-overview";
import { getSetting } from "../settings";

type AuditActor = Pick<Actor, "id" | "email">;

// Allocation runs many writes in one transaction: give it room.
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 60_000 };

/** The national admin switches a product in tension to fair allocation for a week (this one or a later one). */
export async function openAllocationRound(actor: AuditActor, input: OpenAllocationRoundInput, now = new Date()) {
  const week = parseWeekKey(input.week);
  if (!week) throw timeRefusals.refuse("WEEK_NOT_FOUND");
  if (week.key < isoWeekOf(now).key) throw allocationRefusals.refuse("ROUND_WEEK_PAST");
  const [hour, minute] = input.cutoffTime.split(":").map(Number);
  const cutoffAt = parisInstant(input.cutoffOn, hour, minute);
  // 02:30 on the night clocks go forward does not exist in Paris.
  if (!cutoffAt) throw allocationRefusals.refuse("CUTOFF_TIME_SKIPPED");
  if (cutoffAt <= now) throw allocationRefusals.refuse("CUTOFF_IN_PAST");
  if (cutoffAt >= week.endsAt) throw allocationRefusals.refuse("CUTOFF_AFTER_WEEK", { week: week.key });
  const product = await db().product.findFirst({ where: { id: input.productId, active: true }, select: { id: true, name: true, categoryCode: true } });
  if (!product) throw catalogueRefusals.refuse("PRODUCT_UNAVAILABLE");
  const decrees = await db().tensionDecree.findMany({ where: { categoryCode: product.categoryCode } });
  if (!categoriesInTension(decrees, now).has(product.categoryCode) && !categoriesInTension(decrees, week.startsAt).has(product.categoryCode)) {
    throw allocationRefusals.refuse("ROUND_PRODUCT_NOT_IN_TENSION", { product: product.name });
  }
  try {
    return await db().$transaction(async (tx) => {
      const round = await tx.allocationRound.create({
        data: { productId: product.id, week: week.key, cutoffAt, createdById: actor.id },
        select: { id: true },
      });
      await audit(tx, actor, {
        action: "allocation.open",
        entityType: "AllocationRound",
        entityId: round.id,
        after: { productId: product.id, week: week.key, cutoffAt: cutoffAt.toISOString() },
      });
      return { roundId: round.id, week: week.key, cutoffAt };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw allocationRefusals.refuse("ROUND_ALREADY_OPEN", { product: product.name, week: week.key });
    }
    throw error;
  }
}

/**
 * An establishment asks for packs in a round, within what remains of its quota that week; asking again before the
 * cut-off replaces its request. The round row is read FOR SHARE: a request and the allocation never overlap.
 */
export async function requestAllocation(actor: Pick<Actor, "id" | "email" | "establishmentFiness">, input: RequestAllocationInput, now = new Date()) {
  const accountFiness = accountOf(actor);
  const round = await db().allocationRound.findUnique({ where: { id: input.roundId } });
  if (!round) throw allocationRefusals.refuse("ROUND_NOT_FOUND");
  const product = await db().product.findUniqueOrThrow({ where: { id: round.productId }, include: { category: true } });
  const week = parseWeekKey(round.week)!;
  // The quota of the round's week (for a later week: as it will stand then), read before the transaction.
  const { quotas } = await quotaOverview(accountFiness, now > week.startsAt ? now : week.startsAt);
  const quota = quotas.find((q) => q.code === product.categoryCode);
  const remainingUnits = quota && quota.inTension ? Math.max(0, quota.allowedUnits - quota.usedUnits) : 0;
  const remainingPacks = Math.floor(remainingUnits / product.packSize);
  if (input.packs > remainingPacks) throw allocationRefusals.refuse("ROUND_QUOTA_EXCEEDED", { week: round.week, product: product.name, remainingPacks, packaging: product.packaging });
  return db().$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<Array<{ status: string; cutoffAt: Date }>>`
      SELECT "status", "cutoffAt" FROM "AllocationRound" WHERE "id" = ${round.id} FOR SHARE`;
    if (locked.status !== "COLLECTING" || now >= locked.cutoffAt) {
      throw allocationRefusals.refuse("ROUND_CLOSED");
    }
    const before = await tx.allocationRequest.findUnique({ where: { roundId_accountFiness: { roundId: round.id, accountFiness } } });
    const request = await tx.allocationRequest.upsert({
      where: { roundId_accountFiness: { roundId: round.id, accountFiness } },
      create: { roundId: round.id, accountFiness, requestedPacks: input.packs, quotaUnits: quota!.allowedUnits, createdById: actor.id },
      update: { requestedPacks: input.packs, quotaUnits: quota!.allowedUnits, createdById: actor.id },
      select: { id: true },
    });
    await audit(tx, actor, {
      action: "allocation.request",
      entityType: "AllocationRequest",
      entityId: request.id,
      before: before ? { requestedPacks: before.requestedPacks } : undefined,
      after: { roundId: round.id, accountFiness, requestedPacks: input.packs, quotaUnits: quota!.allowedUnits },
    });
    return { requestId: request.id, packs: input.packs };
  });
}

export interface AllocationRunResult {
  roundId: string;
  alreadyAllocated: boolean;
  stockPacks: number;
  totalRequestedPacks: number;
  totalAllocatedPacks: number;
  orders: number;
}

/**
 * Runs the allocation of a round, once, in one transaction: the round row is locked (a second run waits, then finds
 * it allocated and does nothing), then the accounts' quota usage rows, then the product's national stock. The pure
 * allocation shares the stock; the stock is decremented by the total, each account with packs gets one state-stock
 * order and its quota usage is incremented (the allocation is capped by the remaining quota), each request records
 * what it received.
 */
export async function runAllocation(actor: AuditActor, input: { roundId: string; force?: boolean }, now = new Date()): Promise<AllocationRunResult> {
  const threshold = await getSetting("spfCapacityThreshold");
  return db().$transaction(async (tx) => {
    const [round] = await tx.$queryRaw<Array<{ id: string; productId: string; week: string; cutoffAt: Date; status: string; stockUnits: number | null }>>`
      SELECT "id", "productId", "week", "cutoffAt", "status", "stockUnits" FROM "AllocationRound" WHERE "id" = ${input.roundId} FOR UPDATE`;
    if (!round) throw allocationRefusals.refuse("ROUND_NOT_FOUND");
    const product = await tx.product.findUniqueOrThrow({ where: { id: round.productId } });
    const requests = await tx.allocationRequest.findMany({ where: { roundId: round.id }, orderBy: { accountFiness: "asc" } });
    const totalRequestedPacks = requests.reduce((s, r) => s + r.requestedPacks, 0);
    if (round.status === "ALLOCATED") {
      return {
        roundId: round.id,
        alreadyAllocated: true,
        stockPacks: Math.floor((round.stockUnits ?? 0) / product.packSize),
        totalRequestedPacks,
        totalAllocatedPacks: requests.reduce((s, r) => s + (r.allocatedPacks ?? 0), 0),
        orders: requests.filter((r) => r.orderId).length,
      };
    }
    if (now < round.cutoffAt && !input.force) {
      throw allocationRefusals.refuse("ROUND_CUTOFF_NOT_REACHED");
    }

    // Quota usage rows first, as placeOrder takes them (before any stock row): created if missing, then locked.
    const accounts = requests.map((r) => r.accountFiness);
    const used = new Map<string, number>();
    for (const accountFiness of accounts) {
      await tx.$executeRaw`
        INSERT INTO "WeeklyQuotaUsage" ("accountFiness", "categoryCode", "week", "usedUnits")
        VALUES (${accountFiness}, ${product.categoryCode}, ${round.week}, 0) ON CONFLICT DO NOTHING`;
      const [row] = await tx.$queryRaw<Array<{ usedUnits: number }>>`
        SELECT "usedUnits" FROM "WeeklyQuotaUsage"
        WHERE "accountFiness" = ${accountFiness} AND "categoryCode" = ${product.categoryCode} AND "week" = ${round.week} FOR UPDATE`;
      used.set(accountFiness, row.usedUnits);
    }
    const [stock] = await tx.$queryRaw<Array<{ quantity: number }>>`
      SELECT "quantity" FROM "NationalStock" WHERE "productId" = ${product.id} FOR UPDATE`;
    const stockUnits = stock?.quantity ?? 0;

    const outcome = allocate(
      Math.floor(stockUnits / product.packSize),
      requests.map((r) => ({
        key: r.accountFiness,
        requestedPacks: r.requestedPacks,
        capPacks: Math.floor(Math.max(0, r.quotaUnits - used.get(r.accountFiness)!) / product.packSize),
        weight: r.quotaUnits,
      })),
    );
    const takenUnits = outcome.totalAllocatedPacks * product.packSize;
    if (takenUnits > 0) {
      const taken = await tx.$executeRaw`
        UPDATE "NationalStock" SET "quantity" = "quantity" - ${takenUnits}, "updatedAt" = now()
        WHERE "productId" = ${product.id} AND "quantity" >= ${takenUnits}`;
      if (taken !== 1) throw new Error("Stock national insuffisant pendant la répartition.");
    }

    const deliveries = await deliverySites(tx, accounts);
    let orders = 0;
    const requestOf = new Map(requests.map((r) => [r.accountFiness, r]));
    for (const allocation of outcome.allocations) {
      const request = requestOf.get(allocation.key)!;
      let orderId: string | null = null;
      if (allocation.allocatedPacks > 0) {
        const units = allocation.allocatedPacks * product.packSize;
        const delivery = deliveries.get(allocation.key);
        if (!delivery) throw allocationRefusals.refuse("ROUND_ACCOUNT_NOT_FOUND", { finess: allocation.key });
        const carrier = chooseCarrier(delivery, threshold);
        const order = await tx.order.create({
          data: {
            accountFiness: allocation.key,
            deliveryFiness: delivery.finess,
            kind: "STATE_STOCK",
            status: "SUBMITTED",
            week: round.week,
            carrier,
            totalCents: 0,
            idempotencyKey: `allocation:${round.id}`,
            createdById: actor.id,
            lines: { create: { productId: product.id, categoryCode: product.categoryCode, packs: allocation.allocatedPacks, units, unitPriceCents: 0 } },
          },
          select: { id: true, number: true },
        });
        await tx.$executeRaw`
          UPDATE "WeeklyQuotaUsage" SET "usedUnits" = "usedUnits" + ${units}
          WHERE "accountFiness" = ${allocation.key} AND "categoryCode" = ${product.categoryCode} AND "week" = ${round.week}`;
        await auditOrderPlaced(tx, actor, order, {
          kind: "STATE_STOCK",
          week: round.week,
          carrier,
          allocationRoundId: round.id,
          lines: [{ productId: product.id, packs: allocation.allocatedPacks }],
        });
        orderId = order.id;
        orders += 1;
      }
      await tx.allocationRequest.update({ where: { id: request.id }, data: { allocatedPacks: allocation.allocatedPacks, orderId } });
    }
    await tx.allocationRound.update({ where: { id: round.id }, data: { status: "ALLOCATED", stockUnits, allocatedAt: now } });
    await audit(tx, actor, {
      action: "allocation.run",
      entityType: "AllocationRound",
      entityId: round.id,
      before: { status: "COLLECTING" },
      after: {
        status: "ALLOCATED",
        forced: now < round.cutoffAt,
        mode: outcome.mode,
        stockUnits,
        stockPacks: outcome.stockPacks,
        totalRequestedPacks: outcome.totalRequestedPacks,
        totalAllocatedPacks: outcome.totalAllocatedPacks,
        allocations: outcome.allocations,
      },
    });
    return {
      roundId: round.id,
      alreadyAllocated: false,
      stockPacks: outcome.stockPacks,
      totalRequestedPacks,
      totalAllocatedPacks: outcome.totalAllocatedPacks,
      orders,
    };
  }, TRANSACTION_OPTIONS);
}

/**
 * Where each account's allocation goes: an ET is delivered itself; a public multi-site EJ, which files one request,
 * at its largest site (most beds and places; equal: the smaller FINESS).
 */
async function deliverySites(tx: Prisma.TransactionClient, accounts: string[]) {
  const select = { finess: true, legalEntityFiness: true, capacity: true, departementCode: true } as const;
  const establishments = await tx.establishment.findMany({
    where: { OR: [{ finess: { in: accounts } }, { legalEntityFiness: { in: accounts } }] },
    select,
    orderBy: [{ capacity: "desc" }, { finess: "asc" }],
  });
  return new Map(
    accounts.flatMap((account) => {
      const site = establishments.find((e) => e.finess === account) ?? establishments.find((e) => e.legalEntityFiness === account);
      return site ? [[account, site] as const] : [];
    }),
  );
}
