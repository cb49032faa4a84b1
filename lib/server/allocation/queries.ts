import "server-only";
import { allocationExplanation } from "@/lib/domain/allocation/explanation";
import { isoWeekOf, parseWeekKey } from "@/lib/domain/time/paris-time";
import { db } from "../db";
import { quotaOverview } from "../orders/quota-overview";

const roundInclude = {
  requests: { orderBy: { accountFiness: "asc" } },
} as const;

async function withProducts<T extends { productId: string }>(rounds: T[]) {
  const products = await db().product.findMany({
    where: { id: { in: [...new Set(rounds.map((r) => r.productId))] } },
    select: { id: true, name: true, packSize: true, packaging: true, categoryCode: true, stock: { select: { quantity: true } }, category: { select: { unitLabel: true } } },
  });
  return rounds.map((round) => ({ ...round, product: products.find((p) => p.id === round.productId)! }));
}

function totals(round: { stockUnits: number | null; requests: Array<{ requestedPacks: number; allocatedPacks: number | null }> }, packSize: number) {
  return {
    stockPacks: Math.floor((round.stockUnits ?? 0) / packSize),
    totalRequestedPacks: round.requests.reduce((s, r) => s + r.requestedPacks, 0),
    totalAllocatedPacks: round.requests.reduce((s, r) => s + (r.allocatedPacks ?? 0), 0),
  };
}

/** Every round, newest week first, with its requests and totals: the national admin's view. */
export async function allocationRoundsForAdmin() {
  const rounds = await withProducts(await db().allocationRound.findMany({ orderBy: [{ week: "desc" }, { cutoffAt: "desc" }], include: roundInclude, take: 100 }));
  const names = await db().establishment.findMany({
    where: { finess: { in: rounds.flatMap((r) => r.requests.map((q) => q.accountFiness)) } },
    select: { finess: true, name: true },
  });
  const legalNames = await db().legalEntity.findMany({
    where: { finess: { in: rounds.flatMap((r) => r.requests.map((q) => q.accountFiness)) } },
    select: { finess: true, name: true },
  });
  const nameOf = (finess: string) => names.find((n) => n.finess === finess)?.name ?? legalNames.find((n) => n.finess === finess)?.name ?? finess;
  return rounds.map((round) => ({
    ...round,
    ...totals(round, round.product.packSize),
    requests: round.requests.map((r) => ({ ...r, accountName: nameOf(r.accountFiness) })),
  }));
}

/**
 * An account's view: the rounds still collecting (this week or later), and the rounds it took part in, each with
 * what it received and why.
 */
export async function allocationRoundsForAccount(accountFiness: string, now: Date) {
  const week = isoWeekOf(now).key;
  const rounds = await withProducts(
    await db().allocationRound.findMany({
      where: { OR: [{ status: "COLLECTING", week: { gte: week } }, { requests: { some: { accountFiness } } }] },
      orderBy: [{ week: "desc" }, { cutoffAt: "asc" }],
      include: roundInclude,
      take: 50,
    }),
  );
  return rounds.map((round) => {
    const own = round.requests.find((r) => r.accountFiness === accountFiness) ?? null;
    const roundTotals = totals(round, round.product.packSize);
    return {
      id: round.id,
      week: round.week,
      cutoffAt: round.cutoffAt,
      status: round.status,
      open: round.status === "COLLECTING" && now < round.cutoffAt,
      product: round.product,
      request: own && {
        requestedPacks: own.requestedPacks,
        allocatedPacks: own.allocatedPacks,
        orderId: own.orderId,
        explanation:
          round.status === "ALLOCATED" && own.allocatedPacks !== null
            ? allocationExplanation({ requestedPacks: own.requestedPacks, allocatedPacks: own.allocatedPacks }, roundTotals)
            : null,
      },
    };
  });
}

/** Every tension decree, to tell which products may go into fair allocation. */
export const tensionDecrees = () => db().tensionDecree.findMany();

/**
 * An establishment's view of the rounds: each with its request, the number of the order it became, and — for an open
 * round — what is left of the account's quota in that round's week, in packs of its product.
 */
export async function allocationRoundsOfAccount(accountFiness: string, now: Date) {
  const rounds = await allocationRoundsForAccount(accountFiness, now);
  const orders = await db().order.findMany({
    where: { id: { in: rounds.flatMap((r) => (r.request?.orderId ? [r.request.orderId] : [])) }, accountFiness },
    select: { id: true, number: true },
  });
  const remaining = new Map<string, number>();
  for (const round of rounds.filter((r) => r.open)) {
    const weekStart = parseWeekKey(round.week)!.startsAt;
    const { quotas } = await quotaOverview(accountFiness, now > weekStart ? now : weekStart);
    const quota = quotas.find((q) => q.code === round.product.categoryCode);
    const units = quota?.inTension ? Math.max(0, quota.allowedUnits - quota.usedUnits) : 0;
    remaining.set(round.id, Math.floor(units / round.product.packSize));
  }
  return rounds.map((round) => ({
    ...round,
    orderNumber: orders.find((o) => o.id === round.request?.orderId)?.number ?? null,
    remainingPacks: remaining.get(round.id) ?? 0,
  }));
}
