import { Prisma } from "@/generated/prisma/client";
import type { EmergencySummary } from "@/lib/domain/reporting/dashboard";
import type { PrismaClient } from "../prisma";

/**
 * Emergency top-up requests with their establishment, products and outcome, newest first. `condition` may use the
 * request `r`, its establishment `e` and département `d` — the dashboard passes its scope and filters.
 */
export function emergencySummaries(client: PrismaClient, condition: Prisma.Sql, limit = 500): Promise<EmergencySummary[]> {
  return client.$queryRaw<EmergencySummary[]>`
    SELECT r."id", r."deliveryFiness" AS "establishmentFiness", e."name" AS "establishmentName", e."departementCode",
           d."regionCode", r."status"::text AS "status", r."reason", r."localAidTried", r."localAid", r."createdAt", r."decidedAt", r."decisionReason",
           o."number" AS "orderNumber",
           COALESCE(string_agg(p."name" || ' × ' || rl."packs", ' ; ' ORDER BY p."name"), '') AS "products",
           COALESCE(SUM(rl."packs" * p."packSize"), 0)::int AS "units"
    FROM "EmergencyRequest" r
    JOIN "Establishment" e ON e."finess" = r."deliveryFiness"
    JOIN "Departement" d ON d."code" = e."departementCode"
    LEFT JOIN "Order" o ON o."id" = r."orderId"
    LEFT JOIN "EmergencyRequestLine" rl ON rl."requestId" = r."id"
    LEFT JOIN "Product" p ON p."id" = rl."productId"
    WHERE ${condition}
    GROUP BY r."id", e."name", e."departementCode", d."regionCode", o."number"
    ORDER BY r."createdAt" DESC
    LIMIT ${limit}`;
}
