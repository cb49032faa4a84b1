import "server-only";
import { catalogueRefusals } from "@/lib/domain/catalogue/refusals";
import { DomainError } from "@/lib/domain/errors";
import { resolveCountInstant } from "@/lib/domain/stock/count-date";
import type { DeclareStockInput } from "@/lib/schemas/stock-declaration";
import { accountOf } from "../account";
import type { Actor } from "../actor";
import { audit } from "../audit";
import { db } from "../db";

/**
 * Records a stock count of the actor's account: one declaration per product counted, each with its audit row, in
 * one transaction. Declarations of an account are serialised (advisory lock) so that the history stays in order; the
 * clock is read once the lock is held (unless `now` is given), so that a colleague's count that went first is never
 * "later" than this one.
 */
export async function declareStock(actor: Pick<Actor, "id" | "email" | "establishmentFiness">, input: DeclareStockInput, now?: Date) {
  const accountFiness = accountOf(actor);
  const counted = input.lines.filter((line): line is { productId: string; quantity: number } => line.quantity !== undefined);
  const products = await db().product.findMany({ where: { id: { in: counted.map((l) => l.productId) }, active: true }, select: { id: true } });
  if (products.length !== counted.length) throw catalogueRefusals.refuse("PRODUCT_UNAVAILABLE");

  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`stock-declaration:${accountFiness}`}))`;
    const previous = await tx.stockDeclaration.findFirst({
      where: { accountFiness },
      orderBy: { declaredAt: "desc" },
      select: { declaredAt: true },
    });
    const instant = resolveCountInstant(input.countedOn, now ?? new Date(), previous?.declaredAt ?? null);
    if (!instant.ok) throw DomainError.of(instant.refusal);
    const ids: string[] = [];
    for (const line of [...counted].sort((a, b) => a.productId.localeCompare(b.productId))) {
      const { id } = await tx.stockDeclaration.create({
        data: { accountFiness, productId: line.productId, quantity: line.quantity, declaredAt: instant.at, declaredById: actor.id },
        select: { id: true },
      });
      await audit(tx, actor, {
        action: "stock.declare",
        entityType: "StockDeclaration",
        entityId: id,
        after: { accountFiness, productId: line.productId, quantity: line.quantity, declaredAt: instant.at.toISOString() },
      });
      ids.push(id);
    }
    return { declaredAt: instant.at, count: ids.length };
  });
}

/** The account's declarations, most recent first, with product names. */
export function declarationHistory(accountFiness: string, take = 200) {
  return db().stockDeclaration.findMany({
    where: { accountFiness },
    orderBy: [{ declaredAt: "desc" }, { productId: "asc" }],
    take,
  });
}
