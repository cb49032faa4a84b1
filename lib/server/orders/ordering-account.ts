import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "../db";

/** An ET an account orders for, as the quota rule and the delivery choice read it. */
export interface AccountSite {
  finess: string;
  name: string;
  capacity: number;
  salariedStaff: number;
  departementCode: string;
}

/**
 * The ETs an account orders for, as the CTE `sites`: itself for an ET, every ET of a public multi-site EJ (which sums
 * their quotas and chooses where to deliver).
 */
function accountSites(accountFiness: string): Prisma.Sql {
  return Prisma.sql`
    WITH own AS (SELECT finess, name, capacity, "salariedStaff", "departementCode" FROM "Establishment" WHERE finess = ${accountFiness}::bpchar),
         sites AS (SELECT * FROM own
                   UNION ALL
                   SELECT finess, name, capacity, "salariedStaff", "departementCode" FROM "Establishment"
                    WHERE "legalEntityFiness" = ${accountFiness}::bpchar AND NOT EXISTS (SELECT 1 FROM own))`;
}

/** What the week's quota of an account depends on besides the reference data. */
export interface AccountQuotaRows {
  establishments: AccountSite[];
  overrides: Array<{ establishmentFiness: string; categoryCode: string; weeklyUnits: number; fromWeek: string | null; toWeek: string | null; createdAt: Date }>;
  usage: Array<{ categoryCode: string; usedUnits: number }>;
}

/**
 * The account's ETs (accountSites), their quota overrides and the account's use of `week`, in one
 * statement: every ordering page and every order reads them, and as three Prisma queries they were three round trips.
 */
export async function accountQuotaRows(accountFiness: string, week: string): Promise<AccountQuotaRows> {
  const [rows] = await db().$queryRaw<[Omit<AccountQuotaRows, "overrides"> & { overrides: Array<AccountQuotaRows["overrides"][number] & { createdAt: number }> }]>`
    ${accountSites(accountFiness)}
    SELECT
      (SELECT COALESCE(json_agg(json_build_object('finess', s.finess, 'name', s.name, 'capacity', s.capacity, 'salariedStaff', s."salariedStaff",
                                                  'departementCode', s."departementCode") ORDER BY s.finess), '[]') FROM sites s) AS establishments,
      (SELECT COALESCE(json_agg(json_build_object('establishmentFiness', o."establishmentFiness", 'categoryCode', o."categoryCode",
                                                  'weeklyUnits', o."weeklyUnits", 'fromWeek', o."fromWeek", 'toWeek', o."toWeek",
                                                  'createdAt', (extract(epoch FROM o."createdAt") * 1000)::float8)), '[]')
         FROM "QuotaOverride" o WHERE o."establishmentFiness" IN (SELECT finess FROM sites)) AS overrides,
      (SELECT COALESCE(json_agg(json_build_object('categoryCode', u."categoryCode", 'usedUnits', u."usedUnits")), '[]')
         FROM "WeeklyQuotaUsage" u WHERE u."accountFiness" = ${accountFiness}::bpchar AND u.week = ${week}) AS usage`;
  return { ...rows, overrides: rows.overrides.map((o) => ({ ...o, createdAt: new Date(o.createdAt) })) };
}

/** The ETs an account orders for (see accountSites), by FINESS. */
export function accountEstablishments(accountFiness: string): Promise<AccountSite[]> {
  return db().$queryRaw<AccountSite[]>`${accountSites(accountFiness)} SELECT * FROM sites ORDER BY finess`;
}
