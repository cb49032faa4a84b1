import "server-only";
import { accessRefusals } from "@/lib/domain/access/refusals";
import type { Refusal } from "@/lib/domain/errors";
import { can, COVER_READING, ESTABLISHMENT_ROLES, holdersOf } from "@/lib/domain/permissions/permissions";
import { careSectorOf, type CareSector } from "@/lib/domain/referential/care-sector";
import { referentialRefusals } from "@/lib/domain/referential/refusals";
import { stockRefusals } from "@/lib/domain/stock/refusals";
import type { AccountCoverRow } from "@/lib/domain/stock/region-cover";
import { DEPARTEMENTS, REGIONS } from "@/lib/domain/referential/regions";
import type { Actor } from "../actor";
import { db } from "../db";
import type { PrismaClient } from "../prisma";
import { loadAccountsCover } from "./account-cover";

export type CoverScope = { ok: true; regionCode: string | null } | { ok: false; refusal: Refusal };

/**
 * The region an actor may look at. An ARS is held to its own region whatever it asks for; the national admin sees
 * all regions, or the one it asks for.
 */
export function coverScope(actor: Pick<Actor, "roles" | "regionCode">, requested: string | null): CoverScope {
  if (requested !== null && !REGIONS.some((r) => r.code === requested)) return { ok: false, refusal: referentialRefusals.refusal("REGION_NOT_FOUND") };
  if (can(actor, "cover.national.read")) return { ok: true, regionCode: requested };
  if (can(actor, "cover.region.read") && actor.regionCode) {
    if (requested !== null && requested !== actor.regionCode) {
      return { ok: false, refusal: stockRefusals.refusal("COVER_OUT_OF_SCOPE") };
    }
    return { ok: true, regionCode: actor.regionCode };
  }
  return { ok: false, refusal: accessRefusals.refusal("FORBIDDEN", { holders: holdersOf(COVER_READING) }) };
}

export interface RegionAccount {
  finess: string;
  name: string;
  departementCode: string;
  regionCode: string | null;
  sector: CareSector;
}

/**
 * The accounts an ARS follows: those registered on the portal by an establishment user, and any that declared
 * stock — placed in the département of their ET (for an EJ, of its first site), in the region asked (null: all).
 */
export async function regionAccounts(regionCode: string | null, client: PrismaClient = db()): Promise<RegionAccount[]> {
  const [users, declarers] = await Promise.all([
    client.user.findMany({
      where: { registeredAt: { not: null }, boundFiness: { not: null }, roles: { hasSome: [...ESTABLISHMENT_ROLES] } },
      select: { boundFiness: true },
    }),
    client.stockDeclaration.findMany({ distinct: ["accountFiness"], select: { accountFiness: true } }),
  ]);
  const finesses = [...new Set([...users.map((u) => u.boundFiness!), ...declarers.map((d) => d.accountFiness)])];
  const select = { finess: true, name: true, legalEntityFiness: true, departementCode: true, categoryCode: true, departement: { select: { regionCode: true } } } as const;
  const [establishments, legalEntities] = await Promise.all([
    client.establishment.findMany({ where: { finess: { in: finesses } }, select }),
    client.legalEntity.findMany({
      where: { finess: { in: finesses } },
      select: { finess: true, name: true, establishments: { select, orderBy: { finess: "asc" }, take: 1 } },
    }),
  ]);
  const accounts: RegionAccount[] = [
    ...establishments.map((e) => ({
      finess: e.finess,
      name: e.name,
      departementCode: e.departementCode,
      regionCode: e.departement.regionCode,
      sector: careSectorOf(e.categoryCode),
    })),
    ...legalEntities
      .filter((l) => l.establishments.length > 0 && !establishments.some((e) => e.finess === l.finess))
      .map((l) => ({
        finess: l.finess,
        name: l.name,
        departementCode: l.establishments[0].departementCode,
        regionCode: l.establishments[0].departement.regionCode,
        sector: careSectorOf(l.establishments[0].categoryCode),
      })),
  ];
  return accounts.filter((a) => regionCode === null || a.regionCode === regionCode).sort((a, b) => a.finess.localeCompare(b.finess));
}

/**
 * The eligible, open establishments of a region (null: of all 18) that no followed account covers — neither their own
 * FINESS nor their legal entity's registered or declared: the circular holds the ARS to every beneficiary, and these
 * have told the portal nothing.
 */
export async function silentEligibleAccounts(regionCode: string | null, followed: readonly string[], client: PrismaClient = db()): Promise<RegionAccount[]> {
  const known = new Set(followed);
  const establishments = await client.establishment.findMany({
    where: { closedOn: null, category: { eligible: true }, departement: { regionCode: regionCode ?? { not: null } } },
    select: { finess: true, name: true, legalEntityFiness: true, departementCode: true, categoryCode: true, departement: { select: { regionCode: true } } },
    orderBy: { finess: "asc" },
  });
  return establishments
    .filter((e) => !known.has(e.finess) && !known.has(e.legalEntityFiness))
    .map((e) => ({ finess: e.finess, name: e.name, departementCode: e.departementCode, regionCode: e.departement.regionCode, sector: careSectorOf(e.categoryCode) }));
}

/**
 * The accounts of a region (null: all) with their cover, in one read: the followed ones with what they declared, and
 * every other eligible establishment with nothing — unknown, never « fine ».
 */
async function accountsWithCover(regionCode: string | null, now: Date, client: PrismaClient) {
  const accounts = await regionAccounts(regionCode, client);
  const [covers, silent] = await Promise.all([
    loadAccountsCover(
      accounts.map((a) => a.finess),
      now,
      client,
    ),
    silentEligibleAccounts(
      regionCode,
      accounts.map((a) => a.finess),
      client,
    ),
  ]);
  return [
    ...accounts.map((a) => ({ ...a, ...covers.get(a.finess)! })),
    ...silent.map((a) => ({ ...a, categories: [], lastDeclaredAt: null })),
  ].sort((a, b) => a.finess.localeCompare(b.finess));
}

/** Every account of the region (followed or eligible) with its cover, and the region's départements (for the map). */
export async function regionCover(regionCode: string | null, now: Date, client: PrismaClient = db()) {
  const rows: AccountCoverRow[] = await accountsWithCover(regionCode, now, client);
  const departements = DEPARTEMENTS.filter((d) => (regionCode === null ? d.regionCode !== null : d.regionCode === regionCode)).map((d) => ({
    code: d.code,
    name: d.name,
  }));
  return { accounts: rows, departements };
}

/**
 * The followed accounts with their cover, by region code, read once for all regions: a run over every region (the
 * weekly digest) would otherwise read every account and its stock once per region.
 */
export async function coverByRegion(now: Date, client: PrismaClient = db()): Promise<Map<string, AccountCoverRow[]>> {
  const byRegion = new Map<string, AccountCoverRow[]>();
  for (const { regionCode, ...row } of await accountsWithCover(null, now, client)) {
    if (regionCode === null) continue;
    const rows = byRegion.get(regionCode);
    if (rows) rows.push(row);
    else byRegion.set(regionCode, [row]);
  }
  return byRegion;
}
