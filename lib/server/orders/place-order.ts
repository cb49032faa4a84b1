import "server-only";
import type { z } from "@/lib/schemas/zod";
import { Prisma } from "@/generated/prisma/client";
import { catalogueRefusals } from "@/lib/domain/catalogue/refusals";
import { chooseCarrier } from "@/lib/domain/orders/carrier";
import { fitOrderToLimits, unitsByCategory, type RequestedLine } from "@/lib/domain/orders/order-limits";
import { orderRefusals } from "@/lib/domain/orders/refusals";
import type { Packaging } from "@/lib/domain/wording/french";
import type { placeOrderSchema } from "@/lib/schemas/orders";
import { accountOf } from "../account";
import type { Actor } from "../actor";
import { auditOrderPlaced } from "./order-audit";
import { db } from "../db";
import { getSetting } from "../settings";
import { loadOrderingContext, type OrderingContext } from "./ordering-context";

export interface PlacedOrder {
  orderId: string;
  number: number;
  replayed: boolean;
}

/** Thrown inside the transaction to roll it back when the quota or the stock cannot cover the order. */
class LimitReached extends Error {}
class AlreadyPlaced extends Error {}

/** A requested line and how its product is packed, for the refusal's sentence. */
type PackedLine = RequestedLine & { packaging: Packaging };

// Under the weekly rush, transactions queue for a pooled connection: wait for one rather than fail.
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 15_000 };

function findByKey(accountFiness: string, idempotencyKey: string) {
  return db().order.findUnique({
    where: { accountFiness_idempotencyKey: { accountFiness, idempotencyKey } },
    select: { id: true, number: true },
  });
}

/**
 * Places an order. From the state stock, inside one PostgreSQL transaction: the week's quota usage and the national
 * stock are decremented by conditional updates (row locks taken in a fixed order), so no interleaving of concurrent
 * orders can exceed either; when one would, nothing is written and the refusal ORDER_EXCEEDS_LIMITS carries what
 * still fits (its counter-offer), for the user to accept or not.
 */
export async function placeOrder(
  actor: Pick<Actor, "id" | "email" | "establishmentFiness">,
  input: z.output<typeof placeOrderSchema>,
  now = new Date(),
): Promise<PlacedOrder> {
  const accountFiness = accountOf(actor);
  const previous = await findByKey(accountFiness, input.idempotencyKey);
  if (previous) return { orderId: previous.id, number: previous.number, replayed: true };

  const { week, quotas, establishments, products } = await loadOrderingContext(accountFiness, now);
  const requested = input.lines.filter((line) => line.packs > 0);
  const lines: PackedLine[] = requested.map((line) => {
    const product = products.find((p) => p.id === line.productId);
    if (!product) throw catalogueRefusals.refuse("PRODUCT_UNAVAILABLE");
    const { inTension } = product;
    if (input.kind === "STATE_STOCK" && !inTension) throw orderRefusals.refuse("PRODUCT_NOT_IN_TENSION", { product: product.name });
    if (input.kind === "CONSORTIUM" && inTension) throw orderRefusals.refuse("PRODUCT_IN_TENSION", { product: product.name });
    return { productId: product.id, productName: product.name, categoryCode: product.categoryCode, packSize: product.packSize, packaging: product.packaging, packs: line.packs };
  });

  // A product in an open fair-allocation round this week is shared at the cut-off, not first come, first served.
  const allocating = input.kind === "STATE_STOCK"
    ? await db().allocationRound.findFirst({ where: { productId: { in: lines.map((l) => l.productId) }, week: week.key, status: "COLLECTING" } })
    : null;
  if (allocating) {
    const product = lines.find((l) => l.productId === allocating.productId)!.productName;
    throw orderRefusals.refuse("PRODUCT_IN_ALLOCATION", { product, cutoffAt: allocating.cutoffAt });
  }

  const delivery = input.deliveryFiness
    ? establishments.find((e) => e.finess === input.deliveryFiness)
    : establishments.length === 1
      ? establishments[0]
      : undefined;
  if (!delivery) throw orderRefusals.refuse("DELIVERY_SITE_REQUIRED");
  const carrier = chooseCarrier(delivery, await getSetting("spfCapacityThreshold"));
  const priced = lines.map((line) => ({
    ...line,
    unitPriceCents: input.kind === "CONSORTIUM" ? products.find((p) => p.id === line.productId)!.unitPriceCents : 0,
  }));
  const totalCents = priced.reduce((sum, l) => sum + l.packs * l.packSize * l.unitPriceCents, 0);

  try {
    return await db().$transaction(async (tx) => {
      const order = await tx.order
        .create({
          data: {
            accountFiness,
            deliveryFiness: delivery.finess,
            kind: input.kind,
            week: week.key,
            carrier,
            totalCents,
            idempotencyKey: input.idempotencyKey,
            createdById: actor.id,
            // What the consortium's invoice quotes; a state order is free, with nothing to invoice.
            ...(input.kind === "CONSORTIUM" ? { purchaseOrderNumber: input.purchaseOrderNumber, billingAddress: input.billingAddress } : {}),
          },
          select: { id: true, number: true },
        })
        .catch((error: unknown) => {
          // A concurrent request with the same key won: it is the one order.
          if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AlreadyPlaced();
          throw error;
        });

      if (input.kind === "STATE_STOCK") {
        for (const [categoryCode, units] of [...unitsByCategory(lines)].sort(([a], [b]) => a.localeCompare(b))) {
          const allowed = quotas.find((q) => q.code === categoryCode)?.allowedUnits ?? 0;
          if (units > allowed) throw new LimitReached();
          const updated = await tx.$queryRaw<Array<{ usedUnits: number }>>`
            INSERT INTO "WeeklyQuotaUsage" ("accountFiness", "categoryCode", "week", "usedUnits")
            VALUES (${accountFiness}, ${categoryCode}, ${week.key}, ${units})
            ON CONFLICT ("accountFiness", "categoryCode", "week") DO UPDATE
              SET "usedUnits" = "WeeklyQuotaUsage"."usedUnits" + EXCLUDED."usedUnits"
              WHERE "WeeklyQuotaUsage"."usedUnits" + EXCLUDED."usedUnits" <= ${allowed}
            RETURNING "usedUnits"`;
          if (updated.length === 0) throw new LimitReached();
        }
        for (const line of [...lines].sort((a, b) => a.productId.localeCompare(b.productId))) {
          const taken = await tx.$executeRaw`
            UPDATE "NationalStock" SET "quantity" = "quantity" - ${line.packs * line.packSize}, "updatedAt" = now()
            WHERE "productId" = ${line.productId} AND "quantity" >= ${line.packs * line.packSize}`;
          if (taken === 0) throw new LimitReached();
        }
      }

      await tx.orderLine.createMany({
        data: priced.map((l) => ({
          orderId: order.id,
          productId: l.productId,
          categoryCode: l.categoryCode,
          packs: l.packs,
          units: l.packs * l.packSize,
          unitPriceCents: l.unitPriceCents,
        })),
      });
      await auditOrderPlaced(tx, actor, order, {
        kind: input.kind,
        week: week.key,
        carrier,
        totalCents,
        lines: requested,
        ...(input.kind === "CONSORTIUM" ? { purchaseOrderNumber: input.purchaseOrderNumber, billingAddress: input.billingAddress } : {}),
      });
      return { orderId: order.id, number: order.number, replayed: false };
    }, TRANSACTION_OPTIONS);
  } catch (error) {
    if (error instanceof AlreadyPlaced) {
      const placed = await findByKey(accountFiness, input.idempotencyKey);
      if (placed) return { orderId: placed.id, number: placed.number, replayed: true };
    }
    if (error instanceof LimitReached) throw await exceedsLimits(accountFiness, week.key, lines, quotas);
    throw error;
  }
}

/**
 * Reads the limits as they are now and says what fits: nothing was written. Which limits stopped it (none if, read
 * again, the order now fits: a concurrent change) and the counter-offer travel as the refusal's details.
 */
async function exceedsLimits(accountFiness: string, week: string, lines: PackedLine[], quotas: OrderingContext["quotas"]) {
  const [usage, stock] = await Promise.all([
    db().weeklyQuotaUsage.findMany({ where: { accountFiness, week } }),
    db().nationalStock.findMany({ where: { productId: { in: lines.map((l) => l.productId) } } }),
  ]);
  const remainingQuota = new Map(
    quotas.map((q) => [q.code, q.allowedUnits - (usage.find((u) => u.categoryCode === q.code)?.usedUnits ?? 0)]),
  );
  const fit = fitOrderToLimits(lines, { remainingQuota, stock: new Map(stock.map((s) => [s.productId, s.quantity])) });
  return orderRefusals.refuse("ORDER_EXCEEDS_LIMITS", {
    shortfalls: fit.shortfalls.map((shortfall) => {
      const line = lines.find((l) => l.productId === shortfall.productId)!;
      const category = quotas.find((q) => q.code === line.categoryCode)!;
      return { ...shortfall, allowedUnits: category.allowedUnits, unitLabel: category.unitLabel, packSize: line.packSize, packaging: line.packaging };
    }),
    limits: [...new Set(fit.shortfalls.map((shortfall) => shortfall.limit))].sort(),
    counterOffer: fit.counterOffer.map((l) => ({ productId: l.productId, packs: l.packs })),
  });
}
