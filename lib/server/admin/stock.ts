import "server-only";
import { catalogueRefusals } from "@/lib/domain/catalogue/refusals";
import type { RecordStockReceiptInput } from "@/lib/schemas/stock";
import type { Actor } from "../actor";
import { audit } from "../audit";
import { db } from "../db";

/** The largest quantity a stock row holds (PostgreSQL integer). */
const MAX_STOCK = 2_147_483_647;

/** Every product with its state stock in units (0 when never received), grouped by category order. */
export async function listNationalStock() {
  const products = await db().product.findMany({
    include: { stock: { select: { quantity: true, updatedAt: true } }, category: { select: { name: true, unitLabel: true } } },
    orderBy: [{ category: { sortOrder: "asc" } }, { categoryCode: "asc" }, { reference: "asc" }],
  });
  return products.map(({ stock, ...product }) => ({ ...product, quantity: stock?.quantity ?? 0, stockUpdatedAt: stock?.updatedAt ?? null }));
}

export async function listRecentReceipts(limit = 20) {
  return db().stockReceipt.findMany({
    take: limit,
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    include: { product: { select: { reference: true, name: true, packSize: true } } },
  });
}

/**
 * Records a delivery into the state stock: the receipt, the stock increment and the audit row commit together or not
 * at all. The increment is one statement (insert or add), so concurrent receipts and orders never lose an update.
 */
export async function recordStockReceipt(actor: Actor, input: RecordStockReceiptInput) {
  return db().$transaction(async (tx) => {
    const product = await tx.product.findUnique({ where: { id: input.productId }, select: { reference: true } });
    if (!product) throw catalogueRefusals.refuse("PRODUCT_NOT_FOUND");
    const receipt = await tx.stockReceipt.create({ data: { ...input, actorId: actor.id } });
    const [stock] = await tx.$queryRaw<Array<{ quantity: number }>>`
      INSERT INTO "NationalStock" ("productId", quantity, "updatedAt") VALUES (${input.productId}, ${input.quantity}, now())
      ON CONFLICT ("productId") DO UPDATE SET quantity = "NationalStock".quantity + EXCLUDED.quantity, "updatedAt" = now()
      WHERE "NationalStock".quantity <= ${MAX_STOCK} - EXCLUDED.quantity
      RETURNING quantity`;
    if (!stock) throw catalogueRefusals.refuse("STOCK_OVERFLOW", { reference: product.reference });
    await audit(tx, actor, {
      action: "stock.receipt",
      entityType: "NationalStock",
      entityId: input.productId,
      before: { quantity: stock.quantity - input.quantity },
      after: { quantity: stock.quantity, receiptId: receipt.id, received: input.quantity, reference: input.reference },
    });
    return { receiptId: receipt.id, reference: product.reference, quantity: stock.quantity };
  });
}
