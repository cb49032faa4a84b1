/**
 * /logistique at volume: 25 000 state-stock orders placed in one week by 5 000 establishments (generated in SQL).
 * Times what the page runs — the first page of the week, a page deep in it, a filter (region, carrier, status) —
 * a bulk move of 500 ticked orders to preparation (one transaction, one audit row each), and a CSV of 500 tracking
 * numbers shipping them: medians, in ms.
 */
import { BULK_MOVE_MAX } from "../lib/domain/logistics/bulk-moves";
import { isoWeekOf } from "../lib/domain/time/paris-time";
import { advanceOrders } from "../lib/server/logistics/bulk-advance";
import { listWeekOrders } from "../lib/server/logistics/queries";
import { shipTrackedOrders } from "../lib/server/logistics/tracking-upload";
import { insertGeneratedEstablishments } from "./generated-establishments";
import { round, seconds, type BenchScenario } from "./scenario";
import { withSeededScratchDatabase } from "./scratch-database";

const ESTABLISHMENTS = 5_000;
const ORDERS = 25_000;
const RUNS = 5;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function timeRuns(run: (i: number) => Promise<unknown>): Promise<number> {
  await run(-1); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    await run(i);
    times.push(seconds(t0) * 1000);
  }
  return median(times);
}

export const logisticsScenario: BenchScenario = {
  name: "logistics",
  description: `/logistique sur ${ORDERS} commandes d'une semaine : première page, page profonde, filtre, avancement groupé de ${BULK_MOVE_MAX} commandes, expédition par un CSV de ${BULK_MOVE_MAX} numéros de suivi`,
  async run() {
    return withSeededScratchDatabase(async ({ prisma, client }) => {
      const week = isoWeekOf(new Date()).key;
      process.stdout.write(`  ${ESTABLISHMENTS} établissements, ${ORDERS} commandes de la semaine ${week}…\n`);
      const t0 = process.hrtime.bigint();
      await insertGeneratedEstablishments(client, ESTABLISHMENTS);
      await client.query(
        `INSERT INTO "Order" (id, "accountFiness", "deliveryFiness", kind, status, week, carrier, "totalCents", "idempotencyKey", "createdById", "createdAt", "updatedAt")
         SELECT 'l' || n, e.finess, e.finess, 'STATE_STOCK', 'SUBMITTED', $1,
                (CASE WHEN n % 7 = 0 THEN 'SPF_DIRECT' ELSE 'LA_POSTE' END)::"Carrier", 0, 'banc-' || n, 'banc', now(), now()
         FROM generate_series(1, $2) AS n
         JOIN (SELECT finess, row_number() OVER (ORDER BY finess) AS rn FROM "Establishment") e ON e.rn = 1 + n % $3`,
        [week, ORDERS, ESTABLISHMENTS],
      );
      const product = await client.query<{ id: string }>(`SELECT id FROM "Product" WHERE reference = 'EPI-FFP2-20'`);
      await client.query(
        `INSERT INTO "OrderLine" (id, "orderId", "productId", "categoryCode", packs, units, "unitPriceCents")
         SELECT o.id || 'a', o.id, $1, 'MASQUES_FFP2', 5, 100, 0 FROM "Order" o`,
        [product.rows[0].id],
      );
      for (const table of ["Order", "OrderLine", "Establishment"]) await client.query(`VACUUM ANALYZE "${table}"`);
      const generationSeconds = seconds(t0);

      const firstPage = await listWeekOrders({ week }, 1, prisma);
      const firstPageMs = await timeRuns(() => listWeekOrders({ week }, 1, prisma));
      const deepPageMs = await timeRuns(() => listWeekOrders({ week }, 400, prisma));
      const filter = { week, regionCode: "84", carrier: "LA_POSTE" as const, status: "SUBMITTED" as const };
      const filtered = await listWeekOrders(filter, 1, prisma);
      const filterMs = await timeRuns(() => listWeekOrders(filter, 1, prisma));
      // Each run moves a fresh batch of 500 submitted orders (as a logistician ticking a filtered list would).
      const batches = await client.query<{ id: string }>(`SELECT id FROM "Order" WHERE week = $1 ORDER BY number LIMIT $2`, [week, BULK_MOVE_MAX * (RUNS + 1)]);
      const ids = batches.rows.map((r) => r.id);
      const actor = { id: "banc-logisticien", email: "logistique@demo.fr" };
      const bulkMs = await timeRuns((i) => advanceOrders(actor, { orderIds: ids.slice((i + 1) * BULK_MOVE_MAX, (i + 2) * BULK_MOVE_MAX), to: "IN_PREPARATION" }, prisma));
      const moved = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Order" WHERE status = 'IN_PREPARATION'`);
      // The same batches, shipped by the carrier's CSV of tracking numbers.
      const prepared = await client.query<{ number: number }>(`SELECT number FROM "Order" WHERE status = 'IN_PREPARATION' ORDER BY number`);
      const csvOf = (i: number) =>
        prepared.rows
          .slice((i + 1) * BULK_MOVE_MAX, (i + 2) * BULK_MOVE_MAX)
          .map(({ number }) => `${number};6A${String(number).padStart(11, "0")}`)
          .join("\r\n");
      const trackingMs = await timeRuns((i) => shipTrackedOrders(actor, { csv: csvOf(i) }, prisma));
      const shipped = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Order" WHERE status = 'SHIPPED' AND "trackingNumber" IS NOT NULL`);
      return {
        orders: firstPage.total,
        generationSeconds: round(generationSeconds, 1),
        pages: firstPage.pages,
        firstPageMedianMs: round(firstPageMs, 1),
        page400MedianMs: round(deepPageMs, 1),
        filteredOrders: filtered.total,
        filterMedianMs: round(filterMs, 1),
        bulkAdvance500MedianMs: round(bulkMs, 1),
        invariantMoved: moved.rows[0].n === BULK_MOVE_MAX * (RUNS + 1),
        trackingCsv500MedianMs: round(trackingMs, 1),
        invariantShipped: shipped.rows[0].n === BULK_MOVE_MAX * (RUNS + 1),
      };
    });
  },
};
