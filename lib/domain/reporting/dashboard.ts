/**
 * The ARS / national dashboard, shaped from what the database aggregated: one row per establishment with its week's
 * units per EPI category against its quota, totals per département, region and category, the 12-week trend and the
 * map's shades. Pure: the page, the CSV, the spreadsheet and the weekly digest all read the one result.
 */
import type { OrderKind } from "../orders/order-kind";
import { ORDER_STATUSES, type OrderStatus } from "../orders/order-status";
import type { RequestStatus } from "../requests/request-status";
import { accountWeeklyQuota, computedWeeklyQuota, quotaParametersOf, type QuotaOverrideRule, type QuotaParameterChange } from "../quota/weekly-quota";
import { WITHOUT_ARS_LABEL } from "../referential/regions";
import { compareFrench } from "../wording/french";
import { consumptionBucket, consumptionRatio, type ConsumptionBucket } from "./consumption";

/** The runtime's default order, as `a.localeCompare(b)`, for codes (départements "2A", FINESS numbers). */
const compareCodes = new Intl.Collator().compare;

export interface ReportCategory {
  code: string;
  name: string;
  unitLabel: string;
  quotaPerCapacityUnit: number;
  quotaPerStaffMember: number;
  /** Parameter changes by week (lib/domain/quota): each week's quota uses that week's parameters. */
  parameterChanges: readonly QuotaParameterChange[];
}

export interface ReportEstablishment {
  finess: string;
  name: string;
  departementCode: string;
  departementName: string;
  regionCode: string | null;
  categoryCode: string;
  categoryLabel: string;
  capacity: number;
  salariedStaff: number;
}

/** Units of one category delivered to one establishment in the range, by kind of order (cancelled orders left out). */
export interface UnitsAggregate {
  finess: string;
  categoryCode: string;
  kind: OrderKind;
  units: number;
}

/** Orders delivered to one establishment in the range, by status. */
export interface StatusAggregate {
  finess: string;
  status: OrderStatus;
  orders: number;
}

/** Units of one category in one week of the trend, by kind of order (cancelled orders left out). */
export interface TrendAggregate {
  week: string;
  categoryCode: string;
  kind: OrderKind;
  units: number;
}

export interface ReportOverride extends QuotaOverrideRule {
  categoryCode: string;
  createdAt: Date;
}

export interface Area {
  code: string;
  name: string;
}

export interface EmergencySummary {
  id: string;
  establishmentFiness: string;
  establishmentName: string;
  departementCode: string;
  regionCode: string | null;
  status: RequestStatus;
  reason: string;
  /** What the ARS says was tried locally first; null for a request filed before it was asked. */
  localAidTried: string | null;
  /** The cover and neighbours the ARS saw when filing (LocalAidSnapshot), or null. */
  localAid: unknown;
  /** "Masque FFP2 (boîte de 20) × 10" … */
  products: string;
  units: number;
  createdAt: Date;
  decidedAt: Date | null;
  decisionReason: string | null;
  orderNumber: number | null;
}

export interface DashboardInput {
  /** The range's last week (the only one, by default). */
  week: string;
  /** The range, oldest first, ending with `week`: its figures add its weeks up (quotas included). */
  weeks: readonly string[];
  /** The trend's weeks, oldest first, ending with `week`: they cover the range. */
  trendWeeks: readonly string[];
  /** For each trend week, the categories in tension at some moment of it (held to the quota). */
  tensionByWeek: ReadonlyMap<string, ReadonlySet<string>>;
  /** The EPI categories in the filter (all, or the one chosen). */
  categories: readonly ReportCategory[];
  /** Whether the category filter is set: then its column shows even when empty. */
  categoryChosen: boolean;
  establishments: readonly ReportEstablishment[];
  units: readonly UnitsAggregate[];
  statuses: readonly StatusAggregate[];
  trend: readonly TrendAggregate[];
  overrides: readonly ReportOverride[];
  /** The départements of the scope (after the département filter). */
  departements: readonly Area[];
  /** The regions of the scope: one for a region, all for the national view. */
  regions: readonly Area[];
  /** The map shows the départements of a region, or the regions of France. */
  mapLevel: "departement" | "region";
  emergencies: readonly EmergencySummary[];
}

export interface Figures {
  /** Units ordered from the state stock, held to the quota. */
  stateUnits: number;
  /** The weekly quota of the categories in tension; null when none is. */
  quotaUnits: number | null;
  /** Units outside the quota: the consortium, and emergency top-ups. */
  outsideQuotaUnits: number;
  consumption: number | null;
}

export type StatusCounts = Record<OrderStatus, number>;

export interface EstablishmentLine extends Figures, ReportEstablishment {
  byCategory: Record<string, Figures>;
  orders: number;
  statuses: StatusCounts;
}

export interface AreaLine extends Figures, Area {
  establishments: number;
  orders: number;
}

export interface CategoryLine extends Figures {
  code: string;
  name: string;
  unitLabel: string;
  contingented: boolean;
}

export interface TrendPoint {
  week: string;
  stateUnits: number;
  outsideQuotaUnits: number;
  quotaUnits: number | null;
}

export interface MapTile extends Figures, Area {
  bucket: ConsumptionBucket | null;
}

export interface Dashboard {
  week: string;
  weeks: string[];
  categories: CategoryLine[];
  establishments: EstablishmentLine[];
  byDepartement: AreaLine[];
  byRegion: AreaLine[];
  byCategory: CategoryLine[];
  total: AreaLine & { statuses: StatusCounts };
  trend: TrendPoint[];
  map: { level: "departement" | "region"; tiles: MapTile[] };
  emergencies: EmergencySummary[];
}

function emptyStatuses(): StatusCounts {
  const counts = {} as StatusCounts;
  for (const status of ORDER_STATUSES) counts[status] = 0;
  return counts;
}

function figures(stateUnits: number, quotaUnits: number | null, outsideQuotaUnits: number): Figures {
  return { stateUnits, quotaUnits, outsideQuotaUnits, consumption: consumptionRatio(stateUnits, quotaUnits) };
}

/** Adds figures up; a quota stays null only when every part has none. */
function sum(parts: readonly Figures[]): Figures {
  let stateUnits = 0;
  let outsideQuotaUnits = 0;
  let quotaUnits: number | null = null;
  for (const part of parts) {
    stateUnits += part.stateUnits;
    outsideQuotaUnits += part.outsideQuotaUnits;
    if (part.quotaUnits !== null) quotaUnits = (quotaUnits ?? 0) + part.quotaUnits;
  }
  return figures(stateUnits, quotaUnits, outsideQuotaUnits);
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

/**
 * Quotas of the listed establishments: the computed quota for most, the override rule (ordering's own
 * accountWeeklyQuota) for the few with overrides — so a year of weeks over thousands of establishments stays cheap.
 */
function quotaCalculator(input: DashboardInput) {
  const overrides = groupBy(input.overrides, (o) => `${o.establishmentFiness}|${o.categoryCode}`);
  const withRules = new Set(input.overrides.map((o) => o.establishmentFiness));
  const withOverrides: Array<{ establishment: ReportEstablishment; category: ReportCategory; rules: ReportOverride[] }> = [];
  const withoutOverrides = new Map<string, ReportEstablishment[]>();
  for (const category of input.categories) {
    const plain: ReportEstablishment[] = [];
    for (const establishment of input.establishments) {
      const rules = overrides.get(`${establishment.finess}|${category.code}`);
      if (rules) withOverrides.push({ establishment, category, rules });
      else plain.push(establishment);
    }
    withoutOverrides.set(category.code, plain);
  }
  const parameters = new Map<string, ReturnType<typeof quotaParametersOf>>();
  function parametersOf(category: ReportCategory, week: string) {
    const key = `${category.code}|${week}`;
    let found = parameters.get(key);
    if (!found) parameters.set(key, (found = quotaParametersOf(category, week)));
    return found;
  }
  // The computed quotas added up once per category and set of parameters (they change only on a parameter change).
  const computedTotals = new Map<string, number>();
  function computedTotal(category: ReportCategory, week: string): number {
    const parameters = quotaParametersOf(category, week);
    const key = `${category.code}|${parameters.perCapacityUnit}|${parameters.perStaffMember}`;
    let total = computedTotals.get(key);
    if (total === undefined) {
      total = 0;
      for (const establishment of withoutOverrides.get(category.code) ?? []) total += computedWeeklyQuota(establishment, parameters);
      computedTotals.set(key, total);
    }
    return total;
  }
  return {
    /** One establishment's quota of a category for a week; null when the category is not in tension then. */
    of(establishment: ReportEstablishment, category: ReportCategory, week: string): number | null {
      if (!input.tensionByWeek.get(week)?.has(category.code)) return null;
      const rules = withRules.has(establishment.finess) ? overrides.get(`${establishment.finess}|${category.code}`) : undefined;
      const parameters = parametersOf(category, week);
      // Without an override, the account rule is the computed quota: said directly, for thousands of establishments.
      return rules ? accountWeeklyQuota([establishment], parameters, rules, week) : computedWeeklyQuota(establishment, parameters);
    },
    /** Every listed establishment's quota of a category for a week, added up. */
    total(category: ReportCategory, week: string): number | null {
      if (!input.tensionByWeek.get(week)?.has(category.code)) return null;
      let total = computedTotal(category, week);
      for (const entry of withOverrides) {
        if (entry.category.code === category.code) {
          total += accountWeeklyQuota([entry.establishment], quotaParametersOf(category, week), entry.rules, week);
        }
      }
      return total;
    },
  };
}

const outsideQuota = (kind: OrderKind) => kind !== "STATE_STOCK";

/** The line of the establishments no ARS covers (areaLines groups a null region under ""). */
const WITHOUT_ARS_AREA_CODE = "";

function areaLines(areas: readonly Area[], lines: readonly EstablishmentLine[], key: (line: EstablishmentLine) => string | null): AreaLine[] {
  const byArea = groupBy(lines, (line) => key(line) ?? "");
  return areas.map((area) => {
    const members = byArea.get(area.code) ?? [];
    return { ...area, ...sum(members), establishments: members.length, orders: members.reduce((n, l) => n + l.orders, 0) };
  });
}

/** Quotas of several weeks added up; null when the category was in tension in none of them. */
function rangeQuota(weekly: readonly (number | null)[]): number | null {
  const known = weekly.filter((q): q is number => q !== null);
  return known.length ? known.reduce((n, q) => n + q, 0) : null;
}

export function buildDashboard(input: DashboardInput): Dashboard {
  const quotas = quotaCalculator(input);
  // A category in tension during any week of the range is held to its quota there.
  const contingented = new Set(input.weeks.flatMap((week) => [...(input.tensionByWeek.get(week) ?? [])]));
  const unitsByFiness = groupBy(input.units, (u) => u.finess);
  const statusesByFiness = groupBy(input.statuses, (s) => s.finess);
  // Without a chosen category, the columns are the categories that matter this week: in tension, or ordered.
  const shown = input.categories.filter(
    (c) => input.categoryChosen || contingented.has(c.code) || input.units.some((u) => u.categoryCode === c.code && u.units > 0),
  );

  const shownIndex = new Map(shown.map((category, i) => [category.code, i]));
  const establishments: EstablishmentLine[] = input.establishments.map((establishment) => {
    // Thousands of establishments × categories: one pass over the establishment's units into arrays by category.
    const stateUnits = new Array<number>(shown.length).fill(0);
    const outsideUnits = new Array<number>(shown.length).fill(0);
    for (const u of unitsByFiness.get(establishment.finess) ?? []) {
      const i = shownIndex.get(u.categoryCode);
      if (i !== undefined) (outsideQuota(u.kind) ? outsideUnits : stateUnits)[i] += u.units;
    }
    const byCategory: Record<string, Figures> = {};
    const parts: Figures[] = [];
    shown.forEach((category, i) => {
      let quota: number | null = null;
      for (const week of input.weeks) {
        const weekly = quotas.of(establishment, category, week);
        if (weekly !== null) quota = (quota ?? 0) + weekly;
      }
      const part = figures(stateUnits[i], quota, outsideUnits[i]);
      byCategory[category.code] = part;
      parts.push(part);
    });
    const statuses = emptyStatuses();
    let orders = 0;
    for (const s of statusesByFiness.get(establishment.finess) ?? []) {
      statuses[s.status] += s.orders;
      orders += s.orders;
    }
    // Object.assign, not a spread: V8 clones spread objects several times slower, and this runs per establishment.
    return Object.assign({}, establishment, sum(parts), { byCategory, orders, statuses });
  });
  establishments.sort(
    (a, b) => compareCodes(a.departementCode, b.departementCode) || compareFrench(a.name, b.name) || compareCodes(a.finess, b.finess),
  );

  const byCategory: CategoryLine[] = shown.map((category) => ({
    code: category.code,
    name: category.name,
    unitLabel: category.unitLabel,
    contingented: contingented.has(category.code),
    ...sum(establishments.map((line) => line.byCategory[category.code])),
  }));
  const byDepartement = areaLines(input.departements, establishments, (l) => l.departementCode);
  // Nationally, establishments of a territory without ARS get a line of their own: the regions then add up to the total.
  const withoutArs = establishments.some((l) => l.regionCode === null) ? [{ code: WITHOUT_ARS_AREA_CODE, name: WITHOUT_ARS_LABEL }] : [];
  const byRegion = areaLines([...input.regions, ...(input.mapLevel === "region" ? withoutArs : [])], establishments, (l) => l.regionCode);
  const statuses = emptyStatuses();
  for (const line of establishments) for (const status of ORDER_STATUSES) statuses[status] += line.statuses[status];
  const total = {
    code: "total",
    name: "Total",
    ...sum(establishments),
    establishments: establishments.length,
    orders: establishments.reduce((n, l) => n + l.orders, 0),
    statuses,
  };

  const shownCodes = new Set(shown.map((c) => c.code));
  const trendByWeek = groupBy(
    input.trend.filter((t) => shownCodes.has(t.categoryCode)),
    (t) => t.week,
  );
  const trend: TrendPoint[] = input.trendWeeks.map((week) => {
    const rows = trendByWeek.get(week) ?? [];
    return {
      week,
      stateUnits: rows.filter((r) => !outsideQuota(r.kind)).reduce((n, r) => n + r.units, 0),
      outsideQuotaUnits: rows.filter((r) => outsideQuota(r.kind)).reduce((n, r) => n + r.units, 0),
      quotaUnits: rangeQuota(shown.map((category) => quotas.total(category, week))),
    };
  });

  const mapAreas = input.mapLevel === "departement" ? byDepartement : byRegion;
  return {
    week: input.week,
    weeks: [...input.weeks],
    categories: byCategory,
    establishments,
    byDepartement,
    byRegion,
    byCategory,
    total,
    trend,
    map: {
      level: input.mapLevel,
      tiles: mapAreas.filter((area) => area.code !== WITHOUT_ARS_AREA_CODE).map(({ code, name, stateUnits, quotaUnits, outsideQuotaUnits, consumption }) => ({
        code,
        name,
        stateUnits,
        quotaUnits,
        outsideQuotaUnits,
        consumption,
        bucket: consumptionBucket(consumption),
      })),
    },
    emergencies: [...input.emergencies],
  };
}
