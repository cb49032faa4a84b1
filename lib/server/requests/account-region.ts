import type { Prisma } from "@/generated/prisma/client";

type Client = Pick<Prisma.TransactionClient, "$queryRaw">;

/** The ARS region of an account: an ET's département's region, or for an EJ that of its establishments. */
export async function regionOfAccount(client: Client, finess: string): Promise<string | null> {
  const [row] = await client.$queryRaw<Array<{ regionCode: string | null }>>`
    SELECT d."regionCode" FROM "Establishment" e JOIN "Departement" d ON d."code" = e."departementCode"
    WHERE e."finess" = ${finess} OR e."legalEntityFiness" = ${finess}
    ORDER BY (e."finess" = ${finess}) DESC, e."finess" LIMIT 1`;
  return row?.regionCode ?? null;
}

/**
 * The département of an account, from its FINESS record (never from its number): an ET's own, or for an EJ that of
 * its first establishment, else the EJ's. Null for a FINESS the referential does not know.
 */
export async function departementOfAccount(client: Client, finess: string): Promise<string | null> {
  const [row] = await client.$queryRaw<Array<{ departementCode: string | null }>>`
    SELECT "departementCode" FROM (
      SELECT e."departementCode", 0 AS rank, e."finess" FROM "Establishment" e WHERE e."finess" = ${finess}
      UNION ALL SELECT e."departementCode", 1, e."finess" FROM "Establishment" e WHERE e."legalEntityFiness" = ${finess}
      UNION ALL SELECT l."departementCode", 2, l."finess" FROM "LegalEntity" l WHERE l."finess" = ${finess} AND l."departementCode" IS NOT NULL
    ) known ORDER BY rank, "finess" LIMIT 1`;
  return row?.departementCode ?? null;
}
