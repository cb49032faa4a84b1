import { DAY_MS } from "../time/paris-time";
import {
  estimateWeeklyConsumption,
  latestDeclaration,
  type ConsumptionEstimate,
  type DeliveryPoint,
  type StockDeclarationPoint,
} from "./consumption";

/** The circular's safety stock: three weeks of consumption. */
export const COVER_TARGET_WEEKS = 3;

export interface ProductHistory {
  productId: string;
  declarations: readonly StockDeclarationPoint[];
  deliveries: readonly DeliveryPoint[];
}

export type CoverStatus =
  /** Cover measured, under the target. */
  | "BELOW_TARGET"
  /** Cover measured, at or above the target. */
  | "ON_TARGET"
  /** Stock declared, but no consumption observed: cover is not limited. */
  | "NO_CONSUMPTION"
  /** No product of the category has two declarations far enough apart. */
  | "NO_ESTIMATE"
  /** Nothing declared for the category. */
  | "NOT_DECLARED";

export interface CategoryCover {
  status: CoverStatus;
  /** Units in the latest declaration of each declared product of the category. */
  stockUnits: number;
  /** The most recent declaration of the category. */
  declaredAt: Date | null;
  /** Sum of the weekly consumptions estimated for the category's products; null when none could be estimated. */
  weeklyConsumption: number | null;
  /** stock ÷ weekly consumption; null without a positive consumption. */
  weeksOfCover: number | null;
  products: Array<{ productId: string; stockUnits: number | null; declaredAt: Date | null; estimate: ConsumptionEstimate }>;
}

/**
 * Weeks of cover of one category: the stock of all its declared products over the sum of their estimated weekly
 * consumptions (products with a single declaration add their stock but no consumption).
 */
export function categoryCover(products: readonly ProductHistory[], now: Date, targetWeeks = COVER_TARGET_WEEKS): CategoryCover {
  const rows = products.map((product) => {
    const latest = latestDeclaration(product.declarations, now);
    return {
      productId: product.productId,
      stockUnits: latest?.quantity ?? null,
      declaredAt: latest?.declaredAt ?? null,
      estimate: estimateWeeklyConsumption(product.declarations, product.deliveries, now),
    };
  });
  const declared = rows.filter((r) => r.declaredAt !== null);
  const stockUnits = declared.reduce((sum, r) => sum + (r.stockUnits ?? 0), 0);
  const declaredAt = declared.reduce<Date | null>((max, r) => (max && max >= r.declaredAt! ? max : r.declaredAt), null);
  const estimated = rows.flatMap((r) => (r.estimate.status === "ESTIMATED" ? [r.estimate.weeklyUnits] : []));
  const weeklyConsumption = estimated.length ? estimated.reduce((a, b) => a + b, 0) : null;
  const weeksOfCover = weeklyConsumption ? stockUnits / weeklyConsumption : null;
  const status: CoverStatus =
    declared.length === 0
      ? "NOT_DECLARED"
      : weeklyConsumption === null
        ? "NO_ESTIMATE"
        : weeksOfCover === null
          ? "NO_CONSUMPTION"
          : weeksOfCover < targetWeeks
            ? "BELOW_TARGET"
            : "ON_TARGET";
  return { status, stockUnits, declaredAt, weeklyConsumption, weeksOfCover, products: rows };
}

/** An account that has not declared for more than this many days is listed for its ARS. */
export const DECLARATION_OVERDUE_DAYS = 14;

export function isDeclarationOverdue(lastDeclaredAt: Date | null, now: Date): boolean {
  return lastDeclaredAt === null || now.getTime() - lastDeclaredAt.getTime() > DECLARATION_OVERDUE_DAYS * DAY_MS;
}

export const NO_ESTIMATE_MESSAGE = "estimation impossible : déclarez votre stock au moins deux fois";

/** Why a declared category has no estimate, for the establishment to act on. */
export function noEstimateMessage(cover: Pick<CategoryCover, "products">): string {
  const tooClose = cover.products.some((p) => p.estimate.status === "TOO_CLOSE_TOGETHER");
  return tooClose ? `${NO_ESTIMATE_MESSAGE}, à au moins un jour d'intervalle` : NO_ESTIMATE_MESSAGE;
}
