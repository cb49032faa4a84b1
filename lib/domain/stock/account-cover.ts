import { forecastCover, forecastSentence, type CoverForecast } from "../forecast/cover-forecast";
import { unitsDeliveredBetween, type DeliveryPoint, type StockDeclarationPoint } from "./consumption";
import { categoryCover, COVER_TARGET_WEEKS, noEstimateMessage, type CategoryCover } from "./cover";

/** An EPI category as the cover view needs it: its products, and the account's quota this week. */
export interface CoverCategory {
  code: string;
  name: string;
  unitLabel: string;
  productIds: readonly string[];
  inTension: boolean;
  /** Weekly quota in units (0 outside tension). */
  allowedUnits: number;
  /** Units already ordered this week from the state stock. */
  usedUnits: number;
}

/** What is known of one account (ET, or EJ of a public multi-site entity). */
export interface AccountStockData {
  declarations: ReadonlyArray<StockDeclarationPoint & { productId: string }>;
  /** Units of delivered orders, by product. */
  deliveries: ReadonlyArray<DeliveryPoint & { productId: string }>;
  /** Units ordered and not delivered yet, by category. */
  inFlight: ReadonlyArray<{ categoryCode: string; units: number }>;
}

export interface CategoryCoverView {
  code: string;
  name: string;
  unitLabel: string;
  cover: CategoryCover;
  forecast: CoverForecast | null;
  /** The forecast's reasoning, or why there is none, in one French sentence. */
  explanation: string;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Cover and forecast of each category of one account, at `now`. */
export function accountCover(categories: readonly CoverCategory[], data: AccountStockData, now: Date): CategoryCoverView[] {
  return categories.map((category) => {
    const histories = category.productIds.map((productId) => ({
      productId,
      declarations: data.declarations.filter((d) => d.productId === productId),
      deliveries: data.deliveries.filter((d) => d.productId === productId),
    }));
    const cover = categoryCover(histories, now);
    const base = { code: category.code, name: category.name, unitLabel: category.unitLabel, cover };
    if (cover.status === "NOT_DECLARED") return { ...base, forecast: null, explanation: "Aucune déclaration de stock pour cette catégorie." };
    if (cover.status === "NO_ESTIMATE") return { ...base, forecast: null, explanation: `${capitalize(noEstimateMessage(cover))}.` };
    if (cover.status === "NO_CONSUMPTION") {
      return { ...base, forecast: null, explanation: "Aucune consommation observée entre vos déclarations : la couverture ne baisse pas." };
    }
    // Deliveries since each product's last count; for products never declared, since the category's last count.
    const deliveredSinceStock = histories.reduce((sum, history) => {
      const row = cover.products.find((p) => p.productId === history.productId)!;
      return sum + unitsDeliveredBetween(history.deliveries, row.declaredAt ?? cover.declaredAt!, now);
    }, 0);
    const input = {
      now,
      weeklyConsumption: cover.weeklyConsumption!,
      stockUnits: cover.stockUnits,
      stockAt: cover.declaredAt!,
      deliveredSinceStock,
      inFlightUnits: data.inFlight.filter((f) => f.categoryCode === category.code).reduce((sum, f) => sum + f.units, 0),
      weeklyQuota: category.inTension ? category.allowedUnits : null,
      remainingQuotaThisWeek: category.inTension ? Math.max(0, category.allowedUnits - category.usedUnits) : 0,
      unitLabel: category.unitLabel,
      targetWeeks: COVER_TARGET_WEEKS,
    };
    const forecast = forecastCover(input);
    return { ...base, forecast, explanation: forecastSentence(input, forecast) };
  });
}

/** The latest declaration of an account, any product. */
export function lastDeclarationAt(data: { declarations: readonly StockDeclarationPoint[] }): Date | null {
  return data.declarations.reduce<Date | null>((max, d) => (max && max >= d.declaredAt ? max : d.declaredAt), null);
}
