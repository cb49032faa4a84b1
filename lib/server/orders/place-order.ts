import "server-only";
import type { z } from "@/lib/schemas/zod";
import { catalogueRefusals } from "@/lib/domain/catalogue/refusals";
import { DomainError } from "@/lib/domain/errors";
import { chooseCarrier } from "@/lib/domain/orders/carrier";
import { fitOrderToLimits, unitsByCategory, type RequestedLine } from "@/lib/domain/orders/order-limits";
import { orderRefusals } from "@/lib/domain/orders/refusals";
import { isoWeekOf } from "@/lib/domain/time/paris-time";
import type { Packaging } from "@/lib/domain/wording/french";
import type { placeOrderSchema } from "@/lib/schemas/orders";
import { accountOf } from "../account";
import type { Actor } from "../actor";
import { db } from "../db";
import { referenceData } from "../reference-data";
import { getSetting } from "../settings";
import { loadOrderingContext, type OrderingContext } from "./ordering-context";

export interface PlacedOrder {
  orderId: string;
  number: number;
  replayed: boolean;
}

type OrderingActor = Pick<Actor, "id" | "email" | "establishmentFiness">;

/** A requested line and how its product is packed, for the refusal's sentence. */
type PackedLine = RequestedLine & { packaging: Packaging };

/** What the place_order function (its migration says how) answers: the order, or the limit that refused it. */
type Placing = { orderId: string; number: number; replayed: boolean; limitReached: null } | { limitReached: "QUOTA" | "STOCK" };

/**
 * Places an order. Its writes are one statement, the place_order function: from the state stock, the week's quota
 * usage and the national stock are decremented by conditional updates (row locks taken in a fixed order, the stock's
 * last), so no interleaving of concurrent orders can exceed either; when one would, nothing is written and the
 * refusal ORDER_EXCEEDS_LIMITS carries what still fits (its counter-offer), for the user to accept or not. A key
 * already used answers with the order it placed.
 */
export async function placeOrder(actor: OrderingActor, input: z.output<typeof placeOrderSchema>, now = new Date()): Promise<PlacedOrder> {
  const accountFiness = accountOf(actor);
  let toPlace: Awaited<ReturnType<typeof orderToPlace>>;
  try {
    toPlace = await orderToPlace(actor, accountFiness, input, now);
  } catch (error) {
    // A key that already placed its order answers with it, whatever changed since (a product withdrawn, a round
    // opened): looked for only when a check refuses, so an order that passes them costs no read of its own.
    const previous = error instanceof DomainError ? await placedWithKey(accountFiness, input.idempotencyKey) : null;
    if (previous) return { orderId: previous.id, number: previous.number, replayed: true };
    throw error;
  }
  const { order, week, lines, quotas } = toPlace;
  const [placing] = await db().$queryRaw<[Placing]>`SELECT * FROM "place_order"(${JSON.stringify(order)}::jsonb)`;
  if (placing.limitReached) throw await exceedsLimits(accountFiness, week.key, lines, quotas);
  return { orderId: placing.orderId, number: placing.number, replayed: placing.replayed };
}

function placedWithKey(accountFiness: string, idempotencyKey: string) {
  return db().order.findUnique({ where: { accountFiness_idempotencyKey: { accountFiness, idempotencyKey } }, select: { id: true, number: true } });
}

/** Checks the order against the catalogue, the channels, allocation rounds and the sites, and prepares its writes. */
async function orderToPlace(actor: OrderingActor, accountFiness: string, input: z.output<typeof placeOrderSchema>, now: Date) {
  // One read of the reference data's version for the whole order.
  const reference = referenceData();
  const requested = input.lines.filter((line) => line.packs > 0);
  // A product in an open fair-allocation round this week is shared at the cut-off, not first come, first served: the
  // round is looked for with the context, and refuses once the lines are known to be valid.
  const [{ week, quotas, establishments, products }, allocating] = await Promise.all([
    loadOrderingContext(accountFiness, now, reference),
    input.kind === "STATE_STOCK"
      ? db().allocationRound.findFirst({ where: { productId: { in: requested.map((l) => l.productId) }, week: isoWeekOf(now).key, status: "COLLECTING" } })
      : null,
  ]);
  const lines: PackedLine[] = requested.map((line) => {
    const product = products.find((p) => p.id === line.productId);
    if (!product) throw catalogueRefusals.refuse("PRODUCT_UNAVAILABLE");
    const { inTension } = product;
    if (input.kind === "STATE_STOCK" && !inTension) throw orderRefusals.refuse("PRODUCT_NOT_IN_TENSION", { product: product.name });
    if (input.kind === "CONSORTIUM" && inTension) throw orderRefusals.refuse("PRODUCT_IN_TENSION", { product: product.name });
    return { productId: product.id, productName: product.name, categoryCode: product.categoryCode, packSize: product.packSize, packaging: product.packaging, packs: line.packs };
  });

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
  const carrier = chooseCarrier(delivery, await getSetting("spfCapacityThreshold", reference));
  const priced = lines.map((line) => ({
    ...line,
    unitPriceCents: input.kind === "CONSORTIUM" ? products.find((p) => p.id === line.productId)!.unitPriceCents : 0,
  }));
  const totalCents = priced.reduce((sum, l) => sum + l.packs * l.packSize * l.unitPriceCents, 0);

  const invoicing = input.kind === "CONSORTIUM" ? { purchaseOrderNumber: input.purchaseOrderNumber, billingAddress: input.billingAddress } : {};
  const fromStateStock = input.kind === "STATE_STOCK";
  const order = {
    accountFiness,
    deliveryFiness: delivery.finess,
    kind: input.kind,
    week: week.key,
    carrier,
    totalCents,
    idempotencyKey: input.idempotencyKey,
    createdById: actor.id,
    ...invoicing,
    actorId: actor.id,
    actorEmail: actor.email,
    lines: priced.map((l) => ({ productId: l.productId, categoryCode: l.categoryCode, packs: l.packs, units: l.packs * l.packSize, unitPriceCents: l.unitPriceCents })),
    // Every writer locks quota rows by category, then stock rows by product id: no two orders wait on each other.
    quotas: fromStateStock
      ? [...unitsByCategory(lines)]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([categoryCode, units]) => ({ categoryCode, units, allowedUnits: quotas.find((q) => q.code === categoryCode)?.allowedUnits ?? 0 }))
      : [],
    stock: fromStateStock
      ? [...lines].sort((a, b) => a.productId.localeCompare(b.productId)).map((l) => ({ productId: l.productId, units: l.packs * l.packSize }))
      : [],
    // The audit row auditOrderPlaced writes for an order: its number (given there), then how it was placed.
    audit: { kind: input.kind, week: week.key, carrier, totalCents, lines: requested, ...invoicing },
  };
  return { order, week, lines, quotas };
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
