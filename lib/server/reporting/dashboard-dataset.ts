/**
 * The one function that produces the dashboard for a scope, a week and filters. The page, the CSV and XLSX exports
 * and the weekly digest all call it, so what is downloaded or mailed is what is shown. The database aggregates (GROUP
 * BY over orders and lines of the scope's establishments); the domain shapes.
 */
import { Prisma } from "@/generated/prisma/client";
import { parseWeekKey, shiftedWeek } from "@/lib/domain/time/paris-time";
import { MAX_RANGE_WEEKS, rangeWeeks } from "@/lib/domain/reporting/week-range";
import { DEPARTEMENTS, REGIONS } from "@/lib/domain/referential/regions";
import {
  buildDashboard,
  type Dashboard,
  type ReportEstablishment,
  type ReportOverride,
  type StatusAggregate,
  type TrendAggregate,
  type UnitsAggregate,
} from "@/lib/domain/reporting/dashboard";
import { arrangeEstablishments, type EstablishmentListOptions } from "@/lib/domain/reporting/establishment-list";
import { scopeLabel, type ReportingScope } from "@/lib/domain/reporting/scope";
import { categoriesInTensionDuring } from "@/lib/domain/tension/tension";
import type { PrismaClient } from "../prisma";
import { emergencySummaries } from "../requests/emergency-summaries";

export interface DashboardFilters {
  departement?: string;
  /** EPI category (ProductCategory code). */
  categorie?: string;
  /** FINESS category of the establishment (categetab). */
  categorieEtablissement?: string;
  /** FINESS (ET or EJ, from its first digits) or part of the name. */
  q?: string;
}

export interface DashboardQuery {
  scope: ReportingScope;
  /** The period's last week. */
  week: string;
  /** The period's first week (up to 12 weeks before `week`); `week` alone when absent. */
  fromWeek?: string;
  filters: DashboardFilters;
  /** What the establishments list keeps and its order; the figures do not depend on it. */
  list?: EstablishmentListOptions;
}

export interface DashboardDataset extends Dashboard {
  scope: ReportingScope;
  scopeLabel: string;
  filters: DashboardFilters;
  /** The filters in words, for the exports: "Département : 69 – Rhône". */
  filterLabels: string[];
  /** The period: Monday 00:00 of its first week to Monday 00:00 after its last, Paris time. */
  weekStartsAt: Date;
  weekEndsAt: Date;
}

/** Weeks in the trend chart, the chosen one last. */
export const TREND_WEEKS = 12;

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The WHERE condition on establishment `e` and its département `d` that every query of one dashboard shares. */
function establishmentCondition({ scope, filters }: DashboardQuery): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (scope.kind === "region") conditions.push(Prisma.sql`d."regionCode" = ${scope.regionCode}`);
  if (filters.departement) conditions.push(Prisma.sql`e."departementCode" = ${filters.departement}`);
  if (filters.categorieEtablissement) conditions.push(Prisma.sql`e."categoryCode" = ${filters.categorieEtablissement}`);
  if (filters.q) {
    const q = filters.q.trim();
    conditions.push(
      /^\d{2,9}$/.test(q)
        ? Prisma.sql`(e."finess" LIKE ${`${q}%`} OR e."legalEntityFiness" LIKE ${`${q}%`})`
        : Prisma.sql`e."name" ILIKE ${likePattern(q)}`,
    );
  }
  return conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
}

const ESTABLISHMENT_JOIN = Prisma.sql`
  JOIN "Establishment" e ON e."finess" = o."deliveryFiness"
  JOIN "Departement" d ON d."code" = e."departementCode"`;

interface WeekAggregates {
  establishments: ReportEstablishment[];
  units: UnitsAggregate[];
  statuses: StatusAggregate[];
}

/** The JSON tuples weekAggregates reads, in the order its SELECT builds them. */
type EstablishmentTuple = [string, string, string, string, number, number];
type UnitsTuple = [string, string, UnitsAggregate["kind"], number];
type StatusTuple = [string, StatusAggregate["status"], number];

/**
 * The scope's establishments and their orders of the period in one statement: the scope and its orders are read
 * once, and the three arrays come back as JSON in one row — one round trip, and no per-row decoding in Node, which
 * cost more than the aggregates themselves (thousands of establishments, tens of thousands of sums). Each element is
 * a tuple, not an object: PostgreSQL builds it in half the time, and there is less JSON to send and parse.
 */
async function weekAggregates(
  client: PrismaClient,
  { filters }: DashboardQuery,
  weeks: readonly string[],
  where: Prisma.Sql,
  lineCategory: Prisma.Sql,
): Promise<WeekAggregates> {
  const [row] = await client.$queryRaw<
    [
      {
        establishments: EstablishmentTuple[] | null;
        departements: Record<string, [string, string | null]> | null;
        categories: Record<string, string> | null;
        units: UnitsTuple[] | null;
        statuses: StatusTuple[] | null;
      },
    ]
  >`
    WITH scope AS MATERIALIZED (
      SELECT e."finess", e."name", e."departementCode", d."name" AS "departementName", d."regionCode",
             e."categoryCode", c."label" AS "categoryLabel", c."eligible", e."capacity", e."salariedStaff"
      FROM "Establishment" e
      JOIN "Departement" d ON d."code" = e."departementCode"
      JOIN "Category" c ON c."code" = e."categoryCode"
      WHERE ${where}
    ), orders AS MATERIALIZED (
      SELECT o."id", o."deliveryFiness", o."status", o."kind"
      FROM scope s JOIN "Order" o ON o."deliveryFiness" = s."finess" AND o."week" IN (${Prisma.join(weeks)})
    )
    SELECT
      -- The establishments that may order (eligible category), and any other that was delivered in the period.
      (SELECT json_agg(json_build_array(s."finess", s."name", s."departementCode", s."categoryCode", s."capacity", s."salariedStaff"))
         FROM scope s
        WHERE s."eligible" OR EXISTS (SELECT 1 FROM orders o WHERE o."deliveryFiness" = s."finess")
      ) AS "establishments",
      -- Names once per département and category, not once per establishment.
      (SELECT json_object_agg(d."departementCode", json_build_array(d."departementName", d."regionCode"))
         FROM (SELECT DISTINCT "departementCode", "departementName", "regionCode" FROM scope) d) AS "departements",
      (SELECT json_object_agg(c."categoryCode", c."categoryLabel") FROM (SELECT DISTINCT "categoryCode", "categoryLabel" FROM scope) c) AS "categories",
      (SELECT json_agg(json_build_array(u."deliveryFiness", u."categoryCode", u."kind", u."units"))
         FROM (SELECT o."deliveryFiness", l."categoryCode", o."kind", SUM(l."units")::int AS "units"
                 FROM orders o JOIN "OrderLine" l ON l."orderId" = o."id"
                WHERE o."status" <> 'CANCELLED' ${lineCategory}
                GROUP BY 1, 2, 3) u
      ) AS "units",
      (SELECT json_agg(json_build_array(t."deliveryFiness", t."status", t."orders"))
         FROM (SELECT o."deliveryFiness", o."status", COUNT(*)::int AS "orders" FROM orders o
                ${filters.categorie ? Prisma.sql`WHERE EXISTS (SELECT 1 FROM "OrderLine" l WHERE l."orderId" = o."id" ${lineCategory})` : Prisma.empty}
                GROUP BY 1, 2) t
      ) AS "statuses"`;
  return {
    establishments: (row.establishments ?? []).map(([finess, name, departementCode, categoryCode, capacity, salariedStaff]) => {
      const [departementName, regionCode] = row.departements![departementCode];
      return { finess, name, departementCode, departementName, regionCode, categoryCode, categoryLabel: row.categories![categoryCode], capacity, salariedStaff };
    }),
    units: (row.units ?? []).map(([finess, categoryCode, kind, units]) => ({ finess, categoryCode, kind, units })),
    statuses: (row.statuses ?? []).map(([finess, status, orders]) => ({ finess, status, orders })),
  };
}

/**
 * Units per week, category and kind over the trend's weeks. Twelve weeks of a region's lines are a quarter of a
 * million rows: the per-département sums the triggers keep (DepartementWeekUnits, decision 0024) answer for a
 * region, a département or an EPI category; a filter on the establishments themselves (FINESS category, name) reads
 * their orders, which such a filter keeps few.
 */
function trendAggregates(client: PrismaClient, { scope, filters }: DashboardQuery, weeks: readonly string[], where: Prisma.Sql, lineCategory: Prisma.Sql) {
  if (filters.q || filters.categorieEtablissement) {
    return client.$queryRaw<TrendAggregate[]>`
      SELECT o."week", l."categoryCode", o."kind"::text AS "kind", SUM(l."units")::int AS "units"
      FROM "Order" o JOIN "OrderLine" l ON l."orderId" = o."id" ${ESTABLISHMENT_JOIN}
      WHERE o."week" IN (${Prisma.join(weeks)}) AND o."status" <> 'CANCELLED' AND ${where} ${lineCategory}
      GROUP BY 1, 2, 3`;
  }
  const conditions = [
    Prisma.sql`u."week" IN (${Prisma.join(weeks)})`,
    ...(scope.kind === "region" ? [Prisma.sql`d."regionCode" = ${scope.regionCode}`] : []),
    ...(filters.departement ? [Prisma.sql`u."departementCode" = ${filters.departement}`] : []),
    ...(filters.categorie ? [Prisma.sql`u."categoryCode" = ${filters.categorie}`] : []),
  ];
  return client.$queryRaw<TrendAggregate[]>`
    SELECT u."week", u."categoryCode", u."kind"::text AS "kind", SUM(u."units")::int AS "units"
    FROM "DepartementWeekUnits" u JOIN "Departement" d ON d."code" = u."departementCode"
    WHERE ${Prisma.join(conditions, " AND ")}
    GROUP BY 1, 2, 3`;
}

export async function dashboardDataset(query: DashboardQuery, client: PrismaClient): Promise<DashboardDataset> {
  const week = parseWeekKey(query.week);
  if (!week) throw new Error(`Semaine ISO invalide : ${query.week}`);
  const firstWeek = query.fromWeek ? parseWeekKey(query.fromWeek) : week;
  if (!firstWeek) throw new Error(`Semaine ISO invalide : ${query.fromWeek}`);
  const weeks = rangeWeeks(firstWeek, week);
  if (weeks.length < 1 || weeks.length > MAX_RANGE_WEEKS) throw new Error(`Période invalide : ${query.fromWeek} à ${query.week}`);
  const where = establishmentCondition(query);
  const category = query.filters.categorie;
  const lineCategory = category ? Prisma.sql`AND l."categoryCode" = ${category}` : Prisma.empty;
  const trendRange = Array.from({ length: TREND_WEEKS }, (_, i) => shiftedWeek(week, i - TREND_WEEKS + 1));
  const trendWeeks = trendRange.map((w) => w.key);

  const [categories, decrees, { establishments, units, statuses }, trend, overrides, emergencies] = await Promise.all([
    client.productCategory.findMany({
      where: category ? { code: category } : undefined,
      orderBy: { sortOrder: "asc" },
      include: { parameterChanges: { select: { fromWeek: true, perCapacityUnit: true, perStaffMember: true } } },
    }),
    client.tensionDecree.findMany({ select: { categoryCode: true, startsAt: true, endsAt: true } }),
    weekAggregates(client, query, weeks, where, lineCategory),
    trendAggregates(client, query, trendWeeks, where, lineCategory),
    client.$queryRaw<ReportOverride[]>`
      SELECT q."establishmentFiness", q."categoryCode", q."weeklyUnits", q."fromWeek", q."toWeek", q."createdAt"
      FROM "QuotaOverride" q
      JOIN "Establishment" e ON e."finess" = q."establishmentFiness"
      JOIN "Departement" d ON d."code" = e."departementCode"
      WHERE ${where} ${category ? Prisma.sql`AND q."categoryCode" = ${category}` : Prisma.empty}`,
    // Pending requests always show (they await a decision); the others in the period they were filed or decided in.
    emergencySummaries(
      client,
      Prisma.sql`${where} AND (r."status" = 'PENDING'
        OR (r."createdAt" >= ${firstWeek.startsAt} AND r."createdAt" < ${week.endsAt})
        OR (r."decidedAt" >= ${firstWeek.startsAt} AND r."decidedAt" < ${week.endsAt}))`,
    ),
  ]);

  const tensionByWeek = new Map(
    trendRange.map((w) => [w.key, categoriesInTensionDuring(decrees, w)] as const),
  );
  const scope = query.scope;
  const departements = DEPARTEMENTS.filter(
    (d) =>
      (scope.kind === "national" || d.regionCode === scope.regionCode) &&
      (!query.filters.departement || d.code === query.filters.departement),
  );
  const dashboard = buildDashboard({
    week: query.week,
    weeks,
    trendWeeks,
    tensionByWeek,
    categories,
    categoryChosen: Boolean(category),
    establishments,
    units,
    statuses,
    trend,
    overrides,
    departements,
    regions: REGIONS.filter((r) => scope.kind === "national" || r.code === scope.regionCode),
    mapLevel: scope.kind === "national" ? "region" : "departement",
    emergencies,
  });
  return {
    ...dashboard,
    establishments: arrangeEstablishments(dashboard.establishments, query.list ?? {}),
    scope,
    scopeLabel: scopeLabel(scope),
    filters: query.filters,
    filterLabels: [...filterLabels(query.filters, categories), ...(query.list?.withoutOrder ? [withoutOrderLabel(weeks.length)] : [])],
    weekStartsAt: firstWeek.startsAt,
    weekEndsAt: week.endsAt,
  };
}

const withoutOrderLabel = (weeks: number) =>
  `Établissements listés : sans commande ${weeks > 1 ? "sur la période" : "cette semaine"} (les totaux restent ceux du périmètre)`;

function filterLabels(filters: DashboardFilters, categories: ReadonlyArray<{ code: string; name: string }>): string[] {
  const labels: string[] = [];
  if (filters.departement) {
    const departement = DEPARTEMENTS.find((d) => d.code === filters.departement);
    labels.push(`Département : ${filters.departement}${departement ? ` – ${departement.name}` : ""}`);
  }
  if (filters.categorie) labels.push(`Catégorie d'EPI : ${categories.find((c) => c.code === filters.categorie)?.name ?? filters.categorie}`);
  if (filters.categorieEtablissement) labels.push(`Catégorie FINESS : ${filters.categorieEtablissement}`);
  if (filters.q) labels.push(`Recherche : « ${filters.q} »`);
  return labels;
}
