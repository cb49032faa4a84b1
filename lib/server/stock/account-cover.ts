import "server-only";
import { accountCover, lastDeclarationAt, type CategoryCoverView, type CoverCategory } from "@/lib/domain/stock/account-cover";
import { db } from "../db";
import { accountsWeeklyQuotas } from "./account-quotas";

export interface AccountCover {
  categories: CategoryCoverView[];
  lastDeclaredAt: Date | null;
}

/** Orders whose goods have not arrived yet. */
const IN_FLIGHT = ["SUBMITTED", "IN_PREPARATION", "SHIPPED"] as const;

/**
 * Cover and forecast, per category, of many accounts in a fixed number of queries: their declarations, their
 * delivered order lines (by delivery date), the units still on the way and the week's quotas.
 */
export async function loadAccountsCover(accountFinesses: readonly string[], now: Date): Promise<Map<string, AccountCover>> {
  const accounts = [...new Set(accountFinesses)];
  const [products, declarations, delivered, inFlight, { quotas, categories }] = await Promise.all([
    db().product.findMany({ select: { id: true, categoryCode: true }, orderBy: { id: "asc" } }),
    db().stockDeclaration.findMany({
      where: { accountFiness: { in: accounts }, declaredAt: { lte: now } },
      select: { accountFiness: true, productId: true, quantity: true, declaredAt: true },
      orderBy: { declaredAt: "asc" },
    }),
    db().orderLine.findMany({
      where: { order: { accountFiness: { in: accounts }, status: "DELIVERED", deliveredAt: { not: null, lte: now } } },
      select: { productId: true, units: true, order: { select: { accountFiness: true, deliveredAt: true } } },
    }),
    db().orderLine.findMany({
      where: { order: { accountFiness: { in: accounts }, status: { in: [...IN_FLIGHT] } } },
      select: { categoryCode: true, units: true, order: { select: { accountFiness: true } } },
    }),
    accountsWeeklyQuotas(accounts, now),
  ]);
  const declarationsOf = groupBy(declarations, (d) => d.accountFiness);
  const deliveriesOf = groupBy(delivered, (l) => l.order.accountFiness);
  const inFlightOf = groupBy(inFlight, (l) => l.order.accountFiness);
  const result = new Map<string, AccountCover>();
  for (const account of accounts) {
    const accountQuotas = quotas.get(account)!;
    const coverCategories: CoverCategory[] = categories.map((c) => ({
      code: c.code,
      name: c.name,
      unitLabel: c.unitLabel,
      productIds: products.filter((p) => p.categoryCode === c.code).map((p) => p.id),
      ...accountQuotas.get(c.code)!,
    }));
    const data = {
      declarations: declarationsOf.get(account) ?? [],
      deliveries: (deliveriesOf.get(account) ?? []).map((l) => ({ productId: l.productId, units: l.units, deliveredAt: l.order.deliveredAt! })),
      inFlight: (inFlightOf.get(account) ?? []).map((l) => ({ categoryCode: l.categoryCode, units: l.units })),
    };
    result.set(account, { categories: accountCover(coverCategories, data, now), lastDeclaredAt: lastDeclarationAt(data) });
  }
  return result;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
