import "server-only";
import { isShort, proposeLenders, type AidAccount, type LenderProposal } from "@/lib/domain/mutual-aid/lenders";
import type { CategoryCoverView } from "@/lib/domain/stock/account-cover";
import { loadAccountsCover } from "../stock/account-cover";
import { regionAccounts } from "../stock/region-cover";
import { accountPlaces, type AccountPlace } from "./places";

export interface PlacedCover extends AccountPlace {
  categories: CategoryCoverView[];
}

export interface CategoryAid {
  code: string;
  name: string;
  unitLabel: string;
  cover: CategoryCoverView["cover"];
  short: boolean;
  /** Who could lend, nearest first, each with the product it holds most of; empty when the account is not short. */
  lenders: Array<LenderProposal & { account: PlacedAccount; productId: string }>;
}

type PlacedAccount = AidAccount & AccountPlace;

/** The product of the category a lender declared most of: what a loan asks for by default. */
function mainProduct(cover: CategoryCoverView["cover"]): string {
  return cover.products.reduce((best, p) => ((p.stockUnits ?? 0) > (best.stockUnits ?? 0) ? p : best)).productId;
}

export interface LocalAid {
  account: AccountPlace;
  categories: CategoryAid[];
}

/** Every followed account of a region (and any other asked for), placed, with its cover per category. */
export async function placedCovers(regionCode: string, now: Date, extra: readonly string[] = []): Promise<PlacedCover[]> {
  const finesses = [...new Set([...(await regionAccounts(regionCode)).map((a) => a.finess), ...extra])];
  const [places, covers] = await Promise.all([accountPlaces(finesses), loadAccountsCover(finesses, now)]);
  return finesses.flatMap((finess) => {
    const place = places.get(finess);
    return place ? [{ ...place, categories: covers.get(finess)!.categories }] : [];
  });
}

function aidAccount(account: PlacedCover, categoryCode: string): PlacedAccount {
  const { categories, ...place } = account;
  return { ...place, cover: categories.find((c) => c.code === categoryCode)!.cover };
}

/** Per category, the lenders of each account short of it, among the accounts given. */
export function aidOf(account: PlacedCover, accounts: readonly PlacedCover[], now: Date): CategoryAid[] {
  return account.categories.map((category) => {
    const short = isShort(category.cover);
    const proposals = short ? proposeLenders(aidAccount(account, category.code), accounts.map((a) => aidAccount(a, category.code)), now) : [];
    // proposeLenders hands back the accounts it was given: placed, with their full cover.
    const lenders = proposals.map((p) => {
      const lender = p.account as PlacedAccount & { cover: CategoryCoverView["cover"] };
      return { ...p, account: lender, productId: mainProduct(lender.cover) };
    });
    return { code: category.code, name: category.name, unitLabel: category.unitLabel, cover: category.cover, short, lenders };
  });
}

/** One account's cover and, for each category it is short of, the neighbours who could lend. Null outside any ARS. */
export async function localAidFor(accountFiness: string, now: Date): Promise<LocalAid | null> {
  const place = (await accountPlaces([accountFiness])).get(accountFiness);
  if (!place?.regionCode) return null;
  const accounts = await placedCovers(place.regionCode, now, [accountFiness]);
  const account = accounts.find((a) => a.finess === accountFiness)!;
  return { account: place, categories: aidOf(account, accounts, now) };
}

export interface RegionNeed {
  account: AccountPlace;
  aid: CategoryAid;
}

/** Every (account, category) of a region under three weeks with its possible lenders: medico-social first, then the shortest cover. */
export async function regionNeeds(regionCode: string, now: Date): Promise<RegionNeed[]> {
  const accounts = await placedCovers(regionCode, now);
  return accounts
    .flatMap(({ categories, ...place }) =>
      aidOf({ ...place, categories }, accounts, now)
        .filter((aid) => aid.short)
        .map((aid) => ({ account: place, aid })),
    )
    .sort(
      (a, b) =>
        Number(b.account.sector === "MEDICO_SOCIAL") - Number(a.account.sector === "MEDICO_SOCIAL") ||
        a.aid.cover.weeksOfCover! - b.aid.cover.weeksOfCover! ||
        a.account.finess.localeCompare(b.account.finess),
    );
}
