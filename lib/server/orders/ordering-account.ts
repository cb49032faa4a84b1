import "server-only";
import { db } from "../db";

/** An ET an account orders for, as the quota rule and the delivery choice read it. */
export interface AccountSite {
  finess: string;
  name: string;
  capacity: number;
  salariedStaff: number;
  departementCode: string;
}

/** What the week's quota of an account depends on besides the reference data. */
export interface AccountQuotaRows {
  establishments: AccountSite[];
  overrides: Array<{ establishmentFiness: string; categoryCode: string; weeklyUnits: number; fromWeek: string | null; toWeek: string | null; createdAt: Date }>;
  usage: Array<{ categoryCode: string; usedUnits: number }>;
}

/**
 * The account's ETs (as accountEstablishments), their quota overrides and the account's use of `week`, in one
 * statement: every ordering page and every order reads them, and as three Prisma queries they were three round trips.
 */
export async function accountQuotaRows(accountFiness: string, week: string): Promise<AccountQuotaRows> {
  const [rows] = await db().$queryRaw<[Omit<AccountQuotaRows, "overrides"> & { overrides: Array<AccountQuotaRows["overrides"][number] & { createdAt: number }> }]>`
    WITH own AS (SELECT finess, name, capacity, "salariedStaff", "departementCode" FROM "Establishment" WHERE finess = ${accountFiness}::bpchar),
         sites AS (SELECT * FROM own
                   UNION ALL
                   SELECT finess, name, capacity, "salariedStaff", "departementCode" FROM "Establishment"
                    WHERE "legalEntityFiness" = ${accountFiness}::bpchar AND NOT EXISTS (SELECT 1 FROM own))
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

/**
 * The ETs an account orders for: itself for an ET, every ET of a public multi-site EJ (which sums their quotas and
 * chooses where to deliver).
 */
export async function accountEstablishments(accountFiness: string) {
  const select = { finess: true, name: true, capacity: true, salariedStaff: true, departementCode: true } as const;
  const establishment = await db().establishment.findUnique({ where: { finess: accountFiness }, select });
  if (establishment) return [establishment];
  return db().establishment.findMany({ where: { legalEntityFiness: accountFiness }, select, orderBy: { finess: "asc" } });
}
