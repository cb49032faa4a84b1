/**
 * The ARS dashboard on a year of history: 30 000 establishments (valid FINESS, every département with an ARS), each
 * with one order a week for 52 weeks (≈ 1,6 million orders, 9 million lines, generated in SQL). Times the dashboard's
 * dataset function for one region-week (median and p95 of 40 runs) next to one hand-written SQL statement producing
 * the same figures from the same tables — the floor — and gives their ratio.
 */
import pg from "pg";
import { isoWeekOf, shiftWeek } from "../lib/domain/time/paris-time";
import { dashboardDataset } from "../lib/server/reporting/dashboard-dataset";
import { insertGeneratedEstablishments } from "./generated-establishments";
import { percentile, round, seconds, type BenchScenario } from "./scenario";
import { withSeededScratchDatabase } from "./scratch-database";

const ESTABLISHMENTS = 30_000;
const WEEKS = 52;
/** Enough runs for a p95 that is not simply the slowest one. */
const RUNS = 40;
const REGION = "84";
/** Bought on consortium orders only, and on both kinds: see generateOrders. */
const CONSORTIUM_ONLY = ["EPI-GNT-100"];
const EVERY_KIND = ["EPI-BLS-10", "EPI-TAB-100", "EPI-CHA-100"];

async function timeRuns(run: () => Promise<unknown>): Promise<{ median: number; p95: number }> {
  await run(); // warm-up: plans and caches, as on a server that has been running
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    await run();
    times.push(seconds(t0) * 1000);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p95: percentile(times, 95) };
}

/** A year of weekly orders for every establishment, in SQL: no row goes through JavaScript. */
export async function generateOrders(client: pg.Client, weeks: string[]): Promise<void> {
  // Bulk load: foreign keys hold by construction (every row references generated rows); secondary indexes are
  // built once at the end rather than row by row, and autovacuum waits for the ANALYZE below.
  const indexes = await client.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('Order', 'OrderLine') AND indexname NOT LIKE '%_pkey'`,
  );
  for (const { indexname } of indexes.rows) await client.query(`DROP INDEX "${indexname}"`);
  await client.query(`ALTER TABLE "Order" SET (autovacuum_enabled = false); ALTER TABLE "OrderLine" SET (autovacuum_enabled = false)`);
  await client.query("SET session_replication_role = replica");
  await client.query(
    `INSERT INTO "Order" (id, "accountFiness", "deliveryFiness", kind, status, week, carrier, "totalCents", "idempotencyKey", "createdById", "createdAt", "updatedAt")
     SELECT 'o' || e.rn || 'w' || w.n, e.finess, e.finess,
            (CASE WHEN (e.rn + w.n) % 10 = 0 THEN 'CONSORTIUM' WHEN (e.rn * 7 + w.n) % 97 = 0 THEN 'EMERGENCY' ELSE 'STATE_STOCK' END)::"OrderKind",
            (CASE WHEN (e.rn + 3 * w.n) % 29 = 0 THEN 'CANCELLED' WHEN w.n >= $2 - 1 THEN 'SUBMITTED' ELSE 'DELIVERED' END)::"OrderStatus",
            w.key, 'LA_POSTE', 0, 'banc-' || w.n, 'banc', now(), now()
     FROM (SELECT finess, row_number() OVER (ORDER BY finess) AS rn FROM "Establishment") e
     CROSS JOIN unnest($1::text[]) WITH ORDINALITY AS w(key, n)`,
    [weeks, weeks.length],
  );
  // Every catalogue product on a state order (≈ 6 lines), gloves and gowns on a consortium order (≈ 4): ≈ 9 M lines.
  await client.query(
    `INSERT INTO "OrderLine" (id, "orderId", "productId", "categoryCode", packs, units, "unitPriceCents")
     SELECT o.id || '-' || p.reference, o.id, p.id, p."categoryCode", n.packs, n.packs * p."packSize", p."unitPriceCents"
       FROM "Order" o
       JOIN "Product" p ON (o.kind = 'CONSORTIUM') = (p.reference = ANY($1::text[])) OR p.reference = ANY($2::text[])
       CROSS JOIN LATERAL (SELECT 1 + abs(hashtext(o.id || p.reference)) % 10 AS packs) n`,
    [CONSORTIUM_ONLY, EVERY_KIND],
  );
  // A few quota overrides, as admins and approved revisions leave them.
  await client.query(
    `INSERT INTO "QuotaOverride" (id, "establishmentFiness", "categoryCode", "weeklyUnits", "fromWeek", "toWeek", reason)
     SELECT 'q' || finess, finess, 'MASQUES_FFP2', 500, $1, NULL, 'banc' FROM "Establishment" WHERE abs(hashtext(finess)) % 100 = 0`,
    [weeks[weeks.length - 10]],
  );
  await client.query("SET session_replication_role = DEFAULT");
  // The triggers were off for the load: the trend's per-département sums are made as the migration makes them.
  await client.query(`SELECT "rebuild_departement_week_units"()`);
  for (const { indexdef } of indexes.rows) await client.query(indexdef);
  await client.query(`ALTER TABLE "Order" RESET (autovacuum_enabled); ALTER TABLE "OrderLine" RESET (autovacuum_enabled)`);
  // As autovacuum would leave them: statistics, and the visibility map that lets sums read the indexes alone.
  for (const table of ["Order", "OrderLine", "Establishment", "QuotaOverride", "DepartementWeekUnits"]) await client.query(`VACUUM ANALYZE "${table}"`);
}

/**
 * The floor: what the page shows, from the tables the page reads, in one hand-written statement — the region's
 * establishments that may order or have ordered, their units per category and kind and their orders per status for
 * the week, the quota overrides, and the 12-week trend from the per-département sums. Only the arithmetic the
 * domain does on them (quotas, totals, shares) is left out.
 */
const FLOOR_SQL = `
  WITH scope AS MATERIALIZED (
    SELECT e.finess, e.name, e."departementCode", e."categoryCode", e.capacity, e."salariedStaff", c.eligible
    FROM "Establishment" e JOIN "Departement" d ON d.code = e."departementCode" JOIN "Category" c ON c.code = e."categoryCode"
    WHERE d."regionCode" = $2
  ), orders AS MATERIALIZED (
    SELECT o.id, o."deliveryFiness", o.status, o.kind FROM scope s JOIN "Order" o ON o."deliveryFiness" = s.finess AND o.week = $1
  )
  SELECT 'establishment' AS part, s.finess AS key, s.name AS label, s."departementCode" AS code, s.capacity AS a, s."salariedStaff" AS b
    FROM scope s WHERE s.eligible OR EXISTS (SELECT 1 FROM orders o WHERE o."deliveryFiness" = s.finess)
  UNION ALL
  SELECT 'units', o."deliveryFiness", l."categoryCode", o.kind::text,
         SUM(l.units) FILTER (WHERE o.kind = 'STATE_STOCK'), SUM(l.units) FILTER (WHERE o.kind <> 'STATE_STOCK')
    FROM orders o JOIN "OrderLine" l ON l."orderId" = o.id WHERE o.status <> 'CANCELLED' GROUP BY o."deliveryFiness", l."categoryCode", o.kind
  UNION ALL
  SELECT 'statuses', o."deliveryFiness", o.status::text, NULL, COUNT(*), NULL FROM orders o GROUP BY o."deliveryFiness", o.status
  UNION ALL
  SELECT 'override', q."establishmentFiness", q."categoryCode", q."fromWeek", q."weeklyUnits", NULL
    FROM "QuotaOverride" q JOIN scope s ON s.finess = q."establishmentFiness"
  UNION ALL
  SELECT 'trend', u.week, u."categoryCode", u.kind::text,
         SUM(u.units) FILTER (WHERE u.kind = 'STATE_STOCK'), SUM(u.units) FILTER (WHERE u.kind <> 'STATE_STOCK')
    FROM "DepartementWeekUnits" u JOIN "Departement" d ON d.code = u."departementCode"
   WHERE u.week = ANY($3::text[]) AND d."regionCode" = $2 GROUP BY u.week, u."categoryCode", u.kind`;

export const dashboardScenario: BenchScenario = {
  name: "dashboard",
  description: `tableau de bord ARS d'une région-semaine sur ${ESTABLISHMENTS} établissements × ${WEEKS} semaines de commandes, vs les mêmes chiffres (semaine et tendance) en SQL écrit à la main`,
  async run() {
    return withSeededScratchDatabase(async ({ prisma, client }) => {
      const week = isoWeekOf(new Date()).key;
      const weeks = Array.from({ length: WEEKS }, (_, i) => shiftWeek(week, i - WEEKS + 1));
      process.stdout.write(`  ${ESTABLISHMENTS} établissements, ${WEEKS} semaines de commandes…\n`);
      const t0 = process.hrtime.bigint();
      await insertGeneratedEstablishments(client, ESTABLISHMENTS);
      await generateOrders(client, weeks);
      const generationSeconds = seconds(t0);
      const counts = await client.query<{ orders: number; lines: number }>(
        `SELECT (SELECT count(*)::int FROM "Order") AS orders, (SELECT count(*)::int FROM "OrderLine") AS lines`,
      );

      const query = { scope: { kind: "region" as const, regionCode: REGION }, week, filters: {} };
      const dataset = await dashboardDataset(query, prisma);
      const trendWeeks = dataset.trend.map((p) => p.week);
      const floorParams = [week, REGION, trendWeeks];
      const floor = await client.query<{ part: string; key: string; a: string | null; b: string | null }>(FLOOR_SQL, floorParams);
      const floorRows = (part: string) => floor.rows.filter((r) => r.part === part);
      const floorStateUnits = floorRows("units").reduce((n, r) => n + Number(r.a ?? 0), 0);
      const floorTrend = trendWeeks.map((w) => floorRows("trend").filter((r) => r.key === w).reduce((n, r) => n + Number(r.a ?? 0), 0));
      const dashboard = await timeRuns(() => dashboardDataset(query, prisma));
      const sql = await timeRuns(() => client.query(FLOOR_SQL, floorParams));
      const summaryRows = await client.query<{ rows: number }>(`SELECT count(*)::int AS rows FROM "DepartementWeekUnits"`);
      return {
        establishments: ESTABLISHMENTS,
        weeks: WEEKS,
        orders: counts.rows[0].orders,
        orderLines: counts.rows[0].lines,
        generationSeconds: round(generationSeconds, 1),
        region: REGION,
        week,
        regionEstablishments: dataset.establishments.length,
        handWrittenSqlRows: floor.rows.length,
        departementWeekUnitsRows: summaryRows.rows[0].rows,
        dashboardMedianMs: round(dashboard.median, 1),
        dashboardP95Ms: round(dashboard.p95, 1),
        handWrittenSqlMedianMs: round(sql.median, 1),
        handWrittenSqlP95Ms: round(sql.p95, 1),
        ratioDashboardToSqlMedian: round(dashboard.median / sql.median, 2),
        invariantSameStateUnits: dataset.total.stateUnits === floorStateUnits,
        invariantSameEstablishments: dataset.establishments.length === floorRows("establishment").length,
        // The trend counts every category (none is filtered out in the bench's data: all are ordered).
        invariantSameTrend: dataset.trend.every((p, i) => p.stateUnits === floorTrend[i]),
      };
    });
  },
};
