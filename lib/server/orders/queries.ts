import "server-only";
import type { OrderStatus } from "@/lib/domain/orders/order-status";
import { db } from "../db";

/** An account's latest orders, newest first, with their lines and delivery site. */
export function ordersOfAccount(accountFiness: string) {
  return db().order.findMany({
    where: { accountFiness },
    orderBy: { createdAt: "desc" },
    take: 200,
    include: { lines: { include: { product: { select: { name: true, packaging: true } } } }, delivery: { select: { name: true } } },
  });
}

/** One order of an account by its number: another establishment's number is simply not found (null). */
export function orderOfAccount(accountFiness: string, number: number) {
  return db().order.findFirst({
    where: { number, accountFiness },
    include: { lines: { include: { product: true } }, delivery: true },
  });
}

/**
 * The address a consortium invoice goes to unless the establishment says otherwise: the account's own (an ET), or the
 * first site of a multi-site EJ under the EJ's name.
 */
export async function defaultBillingAddress(accountFiness: string): Promise<string> {
  const select = { name: true, addressLine: true, postalLine: true } as const;
  const own = await db().establishment.findUnique({ where: { finess: accountFiness }, select });
  const [entity, site] = own
    ? [null, own]
    : await Promise.all([
        db().legalEntity.findUnique({ where: { finess: accountFiness }, select: { name: true } }),
        db().establishment.findFirst({ where: { legalEntityFiness: accountFiness }, select, orderBy: { finess: "asc" } }),
      ]);
  return [entity?.name ?? site?.name, site?.addressLine, site?.postalLine].filter(Boolean).join("\n");
}

/** The consortium's orders, newest first, optionally of one status: what it has to answer, ship and invoice. */
export function consortiumOrders(status?: OrderStatus, take = 500) {
  return db().order.findMany({
    where: { kind: "CONSORTIUM", ...(status ? { status } : {}) },
    orderBy: { createdAt: "desc" },
    take,
    include: {
      lines: { include: { product: { select: { name: true, reference: true } } }, orderBy: { product: { reference: "asc" } } },
      delivery: { select: { finess: true, name: true, addressLine: true, postalLine: true } },
    },
  });
}

export type ConsortiumOrder = Awaited<ReturnType<typeof consortiumOrders>>[number];
