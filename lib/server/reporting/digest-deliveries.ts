import "server-only";
import { digestDeliveryStatus } from "@/lib/domain/reporting/digest-delivery";
import { db } from "../db";
import { DIGEST_CLAIM_TIMEOUT_MS } from "./weekly-digest";

/**
 * The latest weekly digests, one row per ARS and week, as the database records them: what was sent does not depend
 * on the mail relay (a real one keeps no copy the portal could read).
 */
export async function listDigestDeliveries(limit: number, now = new Date()) {
  const rows = await db().$queryRaw<Array<{ regionCode: string; regionName: string | null; week: string; recipient: string; createdAt: Date; sentAt: Date | null }>>`
    SELECT d."regionCode", r.name AS "regionName", d.week, d.recipient, d."createdAt", d."sentAt"
    FROM "DigestDelivery" d LEFT JOIN "Region" r ON r.code = d."regionCode"
    ORDER BY d.week DESC, r.name, d."regionCode"
    LIMIT ${limit}`;
  return rows.map((row) => ({ ...row, status: digestDeliveryStatus(row, now, DIGEST_CLAIM_TIMEOUT_MS) }));
}
