/**
 * The weekly digest: each Monday, every ARS mailbox gets last week's dashboard of its region, the spreadsheet attached.
 * Exactly one per region and week: the DigestDelivery row (unique region + week) is inserted before sending, and only
 * the run that inserted it sends. A run that died between insert and send leaves the row unsent: a later run takes it
 * over once it is a few minutes old, so a digest is never lost for good — nor sent twice by runs that overlap. A send
 * that fails releases its claim at once.
 */
import type { Mailer } from "@/lib/adapters/email";
import { isoWeekOf, shiftWeek } from "@/lib/domain/time/paris-time";
import { digestSubject, digestText } from "@/lib/domain/reporting/digest-message";
import { dashboardTables, exportFilename } from "@/lib/domain/reporting/export-tables";
import { WITHOUT_ARS_LABEL } from "@/lib/domain/referential/regions";
import { accountsInState, coverSummary } from "@/lib/domain/stock/cover-truth";
import { belowTargetRows, type AccountCoverRow } from "@/lib/domain/stock/region-cover";
import { agreeing, countOf, formatCount, inSentence, nounOf } from "@/lib/domain/wording/french";
import type { PrismaClient } from "../prisma";
import { coverByRegion } from "../stock/region-cover";
import { dashboardDataset } from "./dashboard-dataset";
import { tablesToXlsx } from "./spreadsheet";

export const WEEKLY_DIGEST_CRON = "0 7 * * 1";
/** An unsent claim older than this is taken to be from a run that died. */
export const DIGEST_CLAIM_TIMEOUT_MS = 5 * 60_000;

export interface DigestRunReport {
  week: string;
  sent: string[];
  /** Already sent, or being sent by another run. */
  skipped: string[];
  failed: Array<{ regionCode: string; error: string }>;
  /** Eligible establishments of a territory none of the 18 ARS covers: in no regional digest, only in the national view. */
  withoutArs: number;
}

/** Claims a region's digest for this run: a new row, or an unsent one left behind long enough ago. */
async function claim(client: PrismaClient, regionCode: string, week: string, recipient: string, timeoutMs: number): Promise<boolean> {
  const inserted = await client.$queryRaw<unknown[]>`
    INSERT INTO "DigestDelivery" ("regionCode", "week", "recipient") VALUES (${regionCode}, ${week}, ${recipient})
    ON CONFLICT ("regionCode", "week") DO NOTHING RETURNING 1`;
  if (inserted.length) return true;
  const retaken = await client.$queryRaw<unknown[]>`
    UPDATE "DigestDelivery" SET "createdAt" = now(), "recipient" = ${recipient}
    WHERE "regionCode" = ${regionCode} AND "week" = ${week} AND "sentAt" IS NULL
      AND "createdAt" < now() - make_interval(secs => ${timeoutMs / 1000})
    RETURNING 1`;
  return retaken.length > 0;
}

export async function sendWeeklyDigests(
  week: string,
  deps: { client: PrismaClient; mailer: Mailer; now?: Date; claimTimeoutMs?: number },
): Promise<DigestRunReport> {
  const { client, mailer } = deps;
  const now = deps.now ?? new Date();
  const regions = await client.region.findMany({ where: { mailbox: { not: null } }, orderBy: { code: "asc" } });
  const withoutArs = await client.establishment.count({ where: { departement: { regionCode: null }, category: { eligible: true } } });
  const report: DigestRunReport = { week, sent: [], skipped: [], failed: [], withoutArs };
  // Every region's cover in one read, and only once a region is claimed: a run that finds all sent reads nothing.
  let covers: Promise<Map<string, AccountCoverRow[]>> | undefined;
  for (const region of regions) {
    const recipient = region.mailbox!;
    if (!(await claim(client, region.code, week, recipient, deps.claimTimeoutMs ?? DIGEST_CLAIM_TIMEOUT_MS))) {
      report.skipped.push(region.code);
      continue;
    }
    try {
      const scope = { kind: "region" as const, regionCode: region.code };
      const dataset = await dashboardDataset({ scope, week, filters: {} }, client);
      const cover = (await (covers ??= coverByRegion(now, client))).get(region.code) ?? [];
      const filename = exportFilename(scope, week, "xlsx");
      const context = { scope: region.name, week, filters: [], generatedAt: now };
      const { messageId } = await mailer.send({
        to: recipient,
        subject: digestSubject(region.name, week),
        // Under target: measured so by a declaration of the last 14 days; the summary counts the unknown apart.
        text: digestText(dataset, region.name, filename, belowTargetRows(accountsInState(cover, "BELOW", now)), coverSummary(cover, now)),
        attachments: [
          {
            filename,
            content: await tablesToXlsx(dashboardTables(dataset, context), now),
            contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          },
        ],
      });
      await client.$executeRaw`
        UPDATE "DigestDelivery" SET "sentAt" = now(), "messageId" = ${messageId}
        WHERE "regionCode" = ${region.code} AND "week" = ${week}`;
      report.sent.push(region.code);
    } catch (error) {
      // Not sent: the claim is released at once, for the job's retry (or the next run) to send it.
      await client.$executeRaw`
        UPDATE "DigestDelivery" SET "createdAt" = 'epoch'
        WHERE "regionCode" = ${region.code} AND "week" = ${week} AND "sentAt" IS NULL`;
      report.failed.push({ regionCode: region.code, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return report;
}

/** The week a digest sent at `now` covers: the one before. */
export function lastWeek(now: Date): string {
  return shiftWeek(isoWeekOf(now).key, -1);
}

const DIGEST = nounOf("synthèse", true);

export function describeDigestRun(report: DigestRunReport): string {
  const failed = report.failed.map((f) => `${f.regionCode} (${f.error})`).join(", ");
  const outside = report.withoutArs
    ? ` ; ${countOf(report.withoutArs, "établissement")} ${inSentence(WITHOUT_ARS_LABEL)} : dans aucune synthèse régionale, seulement au tableau de bord national`
    : "";
  const { sent, skipped } = report;
  return `synthèse ${report.week} : ${formatCount(sent.length)} ${agreeing("envoyé", sent.length, DIGEST)}, ${formatCount(skipped.length)} déjà ${agreeing("envoyé", skipped.length, DIGEST)}${failed ? `, échec : ${failed}` : ""}${outside}`;
}
