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
