import "server-only";
import { Prisma } from "@/generated/prisma/client";
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

/** What the cover reads of the accounts, each list as JSON (instants as milliseconds since the epoch, UTC). */
interface StockRows {
  products: Array<{ id: string; categoryCode: string }>;
  declarations: Array<{ accountFiness: string; productId: string; quantity: number; declaredAt: number }>;
  delivered: Array<{ accountFiness: string; productId: string; units: number; deliveredAt: number }>;
  inFlight: Array<{ accountFiness: string; categoryCode: string; units: number }>;
  /** Loans handed over (lender) and received (borrower), each at its own instant. */
  lent: Array<{ accountFiness: string; productId: string; units: number; at: number }>;
  borrowed: Array<{ accountFiness: string; productId: string; units: number; at: number }>;
}

/**
 * The accounts' declarations, delivered lines, lines on the way and loans, in one statement: the home page reads it on
 * every visit, and as separate queries (with the relations they join) it cost eight round trips.
 */
async function readStockRows(accounts: string[], now: Date, client: PrismaClient): Promise<StockRows> {
  // Stored instants are UTC wall-clock timestamps: an ISO instant cast to timestamp keeps its UTC reading.
  const at = Prisma.sql`${now.toISOString()}::timestamp`;
  const among = Prisma.sql`ANY(${accounts}::bpchar[])`;
  const epochMs = (column: Prisma.Sql) => Prisma.sql`(extract(epoch FROM ${column}) * 1000)::float8`;
  const [rows] = await client.$queryRaw<[StockRows]>`
    SELECT
      (SELECT COALESCE(json_agg(json_build_object('id', p.id, 'categoryCode', p."categoryCode") ORDER BY p.id), '[]') FROM "Product" p) AS products,
      (SELECT COALESCE(json_agg(json_build_object('accountFiness', d."accountFiness", 'productId', d."productId", 'quantity', d.quantity,
                                                  'declaredAt', ${epochMs(Prisma.sql`d."declaredAt"`)}) ORDER BY d."declaredAt"), '[]')
         FROM "StockDeclaration" d WHERE d."accountFiness" = ${among} AND d."declaredAt" <= ${at}) AS declarations,
      (SELECT COALESCE(json_agg(json_build_object('accountFiness', o."accountFiness", 'productId', l."productId", 'units', l.units,
                                                  'deliveredAt', ${epochMs(Prisma.sql`o."deliveredAt"`)})), '[]')
         FROM "Order" o JOIN "OrderLine" l ON l."orderId" = o.id
        WHERE o."accountFiness" = ${among} AND o.status = 'DELIVERED' AND o."deliveredAt" <= ${at}) AS delivered,
      (SELECT COALESCE(json_agg(json_build_object('accountFiness', o."accountFiness", 'categoryCode', l."categoryCode", 'units', l.units)), '[]')
         FROM "Order" o JOIN "OrderLine" l ON l."orderId" = o.id
        WHERE o."accountFiness" = ${among} AND o.status::text = ANY(${[...IN_FLIGHT]}::text[])) AS "inFlight",
      (SELECT COALESCE(json_agg(json_build_object('accountFiness', e."lenderFiness", 'productId', e."productId", 'units', e."agreedUnits",
                                                  'at', ${epochMs(Prisma.sql`e."handedOverAt"`)})), '[]')
         FROM "Exchange" e WHERE e."lenderFiness" = ${among} AND e."handedOverAt" <= ${at}) AS lent,
      (SELECT COALESCE(json_agg(json_build_object('accountFiness', e."borrowerFiness", 'productId', e."productId", 'units', e."agreedUnits",
                                                  'at', ${epochMs(Prisma.sql`e."receivedAt"`)})), '[]')
         FROM "Exchange" e WHERE e."borrowerFiness" = ${among} AND e."receivedAt" <= ${at}) AS borrowed`;
  return rows;
}

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
  const [{ products, declarations, delivered, inFlight, lent, borrowed }, { quotas, categories }] = await Promise.all([
    readStockRows(accounts, now, client),
    weekQuotas ?? accountsWeeklyQuotas(accounts, now, client),
  ]);
  // One bucket per account, filled in one pass over each list.
  const data = new Map(accounts.map((account) => [account, { declarations: [] as StockRow[], deliveries: [] as DeliveryRow[], inFlight: [] as InFlightRow[] }]));
  for (const d of declarations) data.get(d.accountFiness)?.declarations.push({ productId: d.productId, quantity: d.quantity, declaredAt: new Date(d.declaredAt) });
  for (const l of delivered) data.get(l.accountFiness)?.deliveries.push({ productId: l.productId, units: l.units, deliveredAt: new Date(l.deliveredAt) });
  for (const e of lent) data.get(e.accountFiness)?.deliveries.push({ productId: e.productId, units: -e.units, deliveredAt: new Date(e.at) });
  for (const e of borrowed) data.get(e.accountFiness)?.deliveries.push({ productId: e.productId, units: e.units, deliveredAt: new Date(e.at) });
  for (const l of inFlight) data.get(l.accountFiness)?.inFlight.push({ categoryCode: l.categoryCode, units: l.units });
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
