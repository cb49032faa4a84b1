/** One requested line: packs of a product, whose units count against its category's quota and its stock. */
export interface RequestedLine {
  productId: string;
  productName: string;
  categoryCode: string;
  packSize: number;
  packs: number;
}

export interface Limits {
  /** Units of each category still allowed this week (state stock orders only). */
  remainingQuota: ReadonlyMap<string, number>;
  /** Units of each product in the national stock. */
  stock: ReadonlyMap<string, number>;
}

export interface Shortfall {
  productId: string;
  productName: string;
  requestedPacks: number;
  /** The most packs that fit, given the lines before it. */
  availablePacks: number;
  limit: "QUOTA" | "STOCK";
}

export interface FitResult {
  fits: boolean;
  shortfalls: Shortfall[];
  /** What can be ordered now: each line cut to what remains (lines cut to nothing are dropped). */
  counterOffer: RequestedLine[];
}

/**
 * Fits a state-stock order to the week's remaining quota and the national stock, line by line in the order given
 * (a line's units use up its category's quota for the lines after it).
 */
export function fitOrderToLimits(lines: readonly RequestedLine[], limits: Limits): FitResult {
  const quota = new Map(limits.remainingQuota);
  const stock = new Map(limits.stock);
  const shortfalls: Shortfall[] = [];
  const counterOffer: RequestedLine[] = [];
  for (const line of lines) {
    const quotaPacks = Math.floor(Math.max(0, quota.get(line.categoryCode) ?? 0) / line.packSize);
    const stockPacks = Math.floor(Math.max(0, stock.get(line.productId) ?? 0) / line.packSize);
    const availablePacks = Math.min(line.packs, quotaPacks, stockPacks);
    if (availablePacks < line.packs) {
      shortfalls.push({
        productId: line.productId,
        productName: line.productName,
        requestedPacks: line.packs,
        availablePacks,
        limit: quotaPacks <= stockPacks ? "QUOTA" : "STOCK",
      });
    }
    if (availablePacks > 0) counterOffer.push({ ...line, packs: availablePacks });
    quota.set(line.categoryCode, (quota.get(line.categoryCode) ?? 0) - availablePacks * line.packSize);
    stock.set(line.productId, (stock.get(line.productId) ?? 0) - availablePacks * line.packSize);
  }
  return { fits: shortfalls.length === 0, shortfalls, counterOffer };
}

/** Units per category of some lines. */
export function unitsByCategory(lines: readonly RequestedLine[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const line of lines) totals.set(line.categoryCode, (totals.get(line.categoryCode) ?? 0) + line.packs * line.packSize);
  return totals;
}

