import "server-only";
import { accountCover, lastDeclarationAt, type AccountStockData, type CategoryCoverView, type CoverCategory } from "@/lib/domain/stock/account-cover";
import { db } from "../db";
import type { PrismaClient } from "../prisma";
import type { CategoryQuota } from "../orders/quota-overview";
import { accountsWeeklyQuotas, weekQuotasOfOverview, type AccountsWeekQuotas } from "./account-quotas";

export interface AccountCover {
  categories: CategoryCoverView[];
  lastDeclaredAt: Date | null;
}

type StockRow = AccountStockData["declarations"][number];
type DeliveryRow = AccountStockData["deliveries"][number];
type InFlightRow = AccountStockData["inFlight"][number];

/** Orders whose goods have not arrived yet. */
const IN_FLIGHT = ["SUBMITTED", "IN_PREPARATION", "SHIPPED"] as const;

/**
 * Cover and forecast, per category, of many accounts in a fixed number of queries: their declarations, their
 * delivered order lines (by delivery date), the units still on the way and the week's quotas. Loans between
 * establishments count as deliveries, negative for the lender: the stock they move is not consumption. A caller that
 * has the accounts' week quotas already (`weekQuotas`) passes them rather than have them read again.
 */
export async function loadAccountsCover(
  accountFinesses: readonly string[],
  now: Date,
  client: PrismaClient = db(),
  weekQuotas?: AccountsWeekQuotas,
): Promise<Map<string, AccountCover>> {
  const accounts = [...new Set(accountFinesses)];
  const [products, declarations, delivered, inFlight, lent, borrowed, { quotas, categories }] = await Promise.all([
    client.product.findMany({ select: { id: true, categoryCode: true }, orderBy: { id: "asc" } }),
    client.stockDeclaration.findMany({
      where: { accountFiness: { in: accounts }, declaredAt: { lte: now } },
      select: { accountFiness: true, productId: true, quantity: true, declaredAt: true },
      orderBy: { declaredAt: "asc" },
    }),
    client.orderLine.findMany({
      where: { order: { accountFiness: { in: accounts }, status: "DELIVERED", deliveredAt: { not: null, lte: now } } },
      select: { productId: true, units: true, order: { select: { accountFiness: true, deliveredAt: true } } },
    }),
    client.orderLine.findMany({
      where: { order: { accountFiness: { in: accounts }, status: { in: [...IN_FLIGHT] } } },
      select: { categoryCode: true, units: true, order: { select: { accountFiness: true } } },
    }),
    client.exchange.findMany({
      where: { lenderFiness: { in: accounts }, handedOverAt: { not: null, lte: now } },
      select: { lenderFiness: true, productId: true, agreedUnits: true, handedOverAt: true },
    }),
    client.exchange.findMany({
      where: { borrowerFiness: { in: accounts }, receivedAt: { not: null, lte: now } },
      select: { borrowerFiness: true, productId: true, agreedUnits: true, receivedAt: true },
    }),
    weekQuotas ?? accountsWeeklyQuotas(accounts, now, client),
  ]);
  // One bucket per account, filled in one pass over each list.
  const data = new Map(accounts.map((account) => [account, { declarations: [] as StockRow[], deliveries: [] as DeliveryRow[], inFlight: [] as InFlightRow[] }]));
  for (const d of declarations) data.get(d.accountFiness)?.declarations.push(d);
  for (const l of delivered) data.get(l.order.accountFiness)?.deliveries.push({ productId: l.productId, units: l.units, deliveredAt: l.order.deliveredAt! });
  for (const e of lent) data.get(e.lenderFiness)?.deliveries.push({ productId: e.productId, units: -e.agreedUnits!, deliveredAt: e.handedOverAt! });
  for (const e of borrowed) data.get(e.borrowerFiness!)?.deliveries.push({ productId: e.productId, units: e.agreedUnits!, deliveredAt: e.receivedAt! });
  for (const l of inFlight) data.get(l.order.accountFiness)?.inFlight.push({ categoryCode: l.categoryCode, units: l.units });
  const productIds = new Map(categories.map((c) => [c.code, products.filter((p) => p.categoryCode === c.code).map((p) => p.id)]));
  const result = new Map<string, AccountCover>();
  for (const [account, accountData] of data) {
    const accountQuotas = quotas.get(account)!;
    const coverCategories: CoverCategory[] = categories.map((c) => ({
      code: c.code,
      name: c.name,
      unitLabel: c.unitLabel,
      productIds: productIds.get(c.code)!,
      ...accountQuotas.get(c.code)!,
    }));
    result.set(account, { categories: accountCover(coverCategories, accountData, now), lastDeclaredAt: lastDeclarationAt(accountData) });
  }
  return result;
}

/** One ordering account's cover, with the week quotas its ordering overview (read once per request) already holds. */
export async function orderingAccountCover(accountFiness: string, now: Date, overview: readonly CategoryQuota[]): Promise<AccountCover> {
  return (await loadAccountsCover([accountFiness], now, db(), weekQuotasOfOverview(accountFiness, overview))).get(accountFiness)!;
}
