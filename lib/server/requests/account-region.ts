import type { Prisma } from "@/generated/prisma/client";
import { referentialRefusals } from "@/lib/domain/referential/refusals";
import { regionalContact } from "@/lib/domain/referential/regions";

type Client = Pick<Prisma.TransactionClient, "$queryRaw">;

/**
 * The ARS region a request of the account goes to (null for a FINESS the referential does not know). An account in a
 * territory none of the 18 ARS covers is told so, and whom to address, instead of filing a request no ARS would see.
 */
export async function regionOfAccount(client: Client, finess: string): Promise<string | null> {
  return arsRegionOf(await departementOfAccount(client, finess));
}

/** The ARS region of a département, or the refusal that names the territory's own health authority. */
export function arsRegionOf(departementCode: string | null): string | null {
  const contact = regionalContact(departementCode);
  if (contact?.kind === "no-ars") throw referentialRefusals.refuse("NO_ARS_FOR_TERRITORY", { territory: contact.territory, authority: contact.authority });
  return contact?.region.code ?? null;
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
