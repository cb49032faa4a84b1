import "server-only";
import { logisticsMoveFrom } from "@/lib/domain/logistics/logistics-move";
import { trackingCsvRefusals } from "@/lib/domain/logistics/refusals";
import { parseTrackingCsv, unshippedLines } from "@/lib/domain/logistics/tracking-csv";
import { STATE_LOGISTICS_KINDS } from "@/lib/domain/orders/order-kind";
import type { OrderStatus } from "@/lib/domain/orders/order-status";
import type { TrackingUploadInput } from "@/lib/schemas/logistics";
import type { Actor } from "../actor";
import { db } from "../db";
import type { PrismaClient } from "../prisma";
import { MOVES } from "../orders/advance-order";

/**
 * A logistician uploads the carrier's CSV of tracking numbers: every order listed ships with its number, or none does.
 * The file is read whole first (every bad line named); then one statement ships the orders still in preparation and
 * writes their audit rows; an order it did not ship (unknown, shipped meanwhile) refuses the file, and the rollback
 * undoes the rest.
 */
export async function shipTrackedOrders(actor: Pick<Actor, "id" | "email">, { csv }: TrackingUploadInput, client: PrismaClient = db()) {
  const read = parseTrackingCsv(csv);
  if (!read.ok) throw trackingCsvRefusals.refuse("TRACKING_CSV_REFUSED", { errors: read.errors });
  if (read.lines.length === 0) throw trackingCsvRefusals.refuse("TRACKING_CSV_EMPTY");
  const { lines } = read;
  const move = MOVES.SHIPPED;
  const from = logisticsMoveFrom("SHIPPED");
  const kinds = [...STATE_LOGISTICS_KINDS];
  const numbers = lines.map((l) => l.orderNumber);
  return client.$transaction(async (tx) => {
    const shipped = await tx.$queryRaw<Array<{ number: number }>>`
      WITH shipped AS (
        UPDATE "Order" o SET "status" = 'SHIPPED', "trackingNumber" = t."trackingNumber", "shippedAt" = now(), "updatedAt" = now()
        FROM unnest(${numbers}::int[], ${lines.map((l) => l.trackingNumber)}::text[]) AS t("number", "trackingNumber")
        WHERE o."number" = t."number" AND o."status" = ${from}::"OrderStatus" AND o."kind"::text = ANY(${kinds}::text[])
        RETURNING o."id", o."number", o."trackingNumber"
      ), audited AS (
        INSERT INTO "AuditLog" ("actorId", "actorEmail", "action", "entityType", "entityId", "before", "after")
        SELECT ${actor.id}, ${actor.email}, ${move.action}, 'Order', "id",
               jsonb_build_object('status', ${from}::text), jsonb_build_object('status', 'SHIPPED', 'trackingNumber', "trackingNumber", 'bulk', true)
        FROM shipped
      )
      SELECT "number" FROM shipped`;
    if (shipped.length < lines.length) {
      const done = new Set(shipped.map((o) => o.number));
      const missing = lines.filter((l) => !done.has(l.orderNumber));
      const found = await tx.$queryRaw<Array<{ number: number; status: OrderStatus }>>`
        SELECT "number", "status" FROM "Order"
        WHERE "number" = ANY(${missing.map((l) => l.orderNumber)}::int[]) AND "kind"::text = ANY(${kinds}::text[])`;
      throw trackingCsvRefusals.refuse("TRACKING_CSV_REFUSED", { errors: unshippedLines(missing, found) });
    }
    return { shipped: shipped.length };
  });
}
