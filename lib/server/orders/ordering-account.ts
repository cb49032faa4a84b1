import "server-only";
import { db } from "../db";

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
