/**
 * The ARS dashboard on a year of history: 30 000 establishments (valid FINESS, every département with an ARS), each
 * with one order a week for 52 weeks (≈ 1,6 million orders, 3 million lines, generated in SQL). Times the dashboard's
 * dataset function for one region-week (median of several runs) next to one hand-written aggregate SQL query over
 * the same orders — the floor — and gives their ratio.
 */
import pg from "pg";
import { isoWeekOf, shiftWeek } from "../lib/domain/time/paris-time";
import { dashboardDataset } from "../lib/server/reporting/dashboard-dataset";
import { insertGeneratedEstablishments } from "./generated-establishments";
import { round, seconds, type BenchScenario } from "./scenario";
import { withSeededScratchDatabase } from "./scratch-database";

const ESTABLISHMENTS = 30_000;
const WEEKS = 52;
const RUNS = 7;
const REGION = "84";

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function timeRuns(run: () => Promise<unknown>): Promise<number> {
  await run(); // warm-up: plans and caches, as on a server that has been running
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    await run();
    times.push(seconds(t0) * 1000);
  }
  return median(times);
}

/** A year of weekly orders for every establishment, in SQL: no row goes through JavaScript. */
async function generateOrders(client: pg.Client, weeks: string[]): Promise<void> {
  const products = await client.query<{ id: string; reference: string }>(`SELECT id, reference FROM "Product"`);
  const product = (reference: string) => products.rows.find((p) => p.reference === reference)!.id;
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
  await client.query(
    `INSERT INTO "OrderLine" (id, "orderId", "productId", "categoryCode", packs, units, "unitPriceCents")
     SELECT o.id || 'a', o.id, $1, 'MASQUES_FFP2', 1 + abs(hashtext(o.id)) % 10, (1 + abs(hashtext(o.id)) % 10) * 20, 0
       FROM "Order" o WHERE o.kind <> 'CONSORTIUM'
     UNION ALL
     SELECT o.id || 'b', o.id, $2, 'MASQUES_CHIRURGICAUX', 1 + abs(hashtext(o.id || 'b')) % 20, (1 + abs(hashtext(o.id || 'b')) % 20) * 50, 0
       FROM "Order" o WHERE o.kind <> 'CONSORTIUM'
     UNION ALL
     SELECT o.id || 'c', o.id, $3, 'GANTS', 1 + abs(hashtext(o.id)) % 5, (1 + abs(hashtext(o.id)) % 5) * 100, 5
       FROM "Order" o WHERE o.kind = 'CONSORTIUM'`,
    [product("EPI-FFP2-20"), product("EPI-MCH-50"), product("EPI-GNT-100")],
  );
  // A few quota overrides, as admins and approved revisions leave them.
  await client.query(
    `INSERT INTO "QuotaOverride" (id, "establishmentFiness", "categoryCode", "weeklyUnits", "fromWeek", "toWeek", reason)
     SELECT 'q' || finess, finess, 'MASQUES_FFP2', 500, $1, NULL, 'banc' FROM "Establishment" WHERE abs(hashtext(finess)) % 100 = 0`,
    [weeks[weeks.length - 10]],
  );
  await client.query("SET session_replication_role = DEFAULT");
  for (const { indexdef } of indexes.rows) await client.query(indexdef);
  await client.query(`ALTER TABLE "Order" RESET (autovacuum_enabled); ALTER TABLE "OrderLine" RESET (autovacuum_enabled)`);
  // As autovacuum would leave them: statistics, and the visibility map that lets sums read the indexes alone.
  for (const table of ["Order", "OrderLine", "Establishment", "QuotaOverride"]) await client.query(`VACUUM ANALYZE "${table}"`);
}

/** The floor: one aggregate over the region-week, per establishment and category, written by hand. */
const FLOOR_SQL = `
  SELECT o."deliveryFiness", l."categoryCode",
         SUM(l.units) FILTER (WHERE o.kind = 'STATE_STOCK') AS state_units,
         SUM(l.units) FILTER (WHERE o.kind <> 'STATE_STOCK') AS outside_units,
         COUNT(DISTINCT o.id) AS orders
  FROM "Order" o
  JOIN "OrderLine" l ON l."orderId" = o.id
  JOIN "Establishment" e ON e.finess = o."deliveryFiness"
  JOIN "Departement" d ON d.code = e."departementCode"
  WHERE o.week = $1 AND d."regionCode" = $2 AND o.status <> 'CANCELLED'
  GROUP BY 1, 2`;

export const dashboardScenario: BenchScenario = {
  name: "dashboard",
  description: `tableau de bord ARS d'une région-semaine sur ${ESTABLISHMENTS} établissements × ${WEEKS} semaines de commandes, vs une requête SQL d'agrégat écrite à la main`,
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
      const floor = await client.query(FLOOR_SQL, [week, REGION]);
      const floorStateUnits = floor.rows.reduce((n, r) => n + Number(r.state_units ?? 0), 0);
      const dashboardMs = await timeRuns(() => dashboardDataset(query, prisma));
      const sqlMs = await timeRuns(() => client.query(FLOOR_SQL, [week, REGION]));
      return {
        establishments: ESTABLISHMENTS,
        weeks: WEEKS,
        orders: counts.rows[0].orders,
        orderLines: counts.rows[0].lines,
        generationSeconds: round(generationSeconds, 1),
        region: REGION,
        week,
        regionEstablishments: dataset.establishments.length,
        dashboardMedianMs: round(dashboardMs, 1),
        handWrittenSqlMedianMs: round(sqlMs, 1),
        ratioDashboardToSql: round(dashboardMs / sqlMs, 1),
        invariantSameStateUnits: dataset.total.stateUnits === floorStateUnits,
      };
    });
  },
};
