import "server-only";
import { db } from "../db";

/** An account's latest orders, newest first, with their lines and delivery site. */
export function ordersOfAccount(accountFiness: string) {
  return db().order.findMany({
    where: { accountFiness },
    orderBy: { createdAt: "desc" },
    take: 200,
    include: { lines: { include: { product: { select: { name: true } } } }, delivery: { select: { name: true } } },
  });
}

/** One order of an account by its number: another establishment's number is simply not found (null). */
export function orderOfAccount(accountFiness: string, number: number) {
  return db().order.findFirst({
    where: { number, accountFiness },
    include: { lines: { include: { product: true } }, delivery: true },
  });
}
