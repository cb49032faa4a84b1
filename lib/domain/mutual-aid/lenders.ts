import { COVER_TARGET_WEEKS, isDeclarationOverdue, type CategoryCover } from "../stock/cover";
import { distanceKm, type Position } from "./distance";

/** A neighbour is asked to lend only when its cover is comfortably above the target: more than six weeks. */
export const LENDER_MIN_WEEKS = 6;

export type AidCover = Pick<CategoryCover, "status" | "stockUnits" | "weeklyConsumption" | "weeksOfCover" | "declaredAt">;

/** An account (ET, or EJ of a public multi-site entity) with its cover of the category in need. */
export interface AidAccount {
  finess: string;
  name: string;
  departementCode: string;
  regionCode: string | null;
  position: Position | null;
  cover: AidCover;
}

export type LenderReach = "DEPARTEMENT" | "REGION";

export interface LenderProposal {
  account: AidAccount;
  reach: LenderReach;
  distanceKm: number | null;
  /** Units it can lend and keep three weeks of cover. */
  lendableUnits: number;
  /** What to ask for: the borrower's shortfall, within what the lender can spare. */
  suggestedUnits: number;
}

/** Whether an account is short of the category: its cover is measured and under three weeks. */
export const isShort = (cover: AidCover) => cover.status === "BELOW_TARGET";

/**
 * Units an account can lend without falling under three weeks of cover; null when its cover is unknown — never
 * declared, a single declaration (no estimate), no consumption observed, or a last count older than 14 days — or not
 * above six weeks: such an account is never proposed.
 */
export function lendableUnits(cover: AidCover, now: Date): number | null {
  if (cover.status !== "ON_TARGET" || cover.weeklyConsumption === null || cover.weeksOfCover === null) return null;
  if (isDeclarationOverdue(cover.declaredAt, now) || cover.weeksOfCover <= LENDER_MIN_WEEKS) return null;
  // Rounded so that what stays is at least three weeks: stock − lent ≥ 3 × weekly consumption.
  const lendable = cover.stockUnits - Math.ceil(COVER_TARGET_WEEKS * cover.weeklyConsumption);
  return lendable > 0 ? lendable : null;
}

/** Units a short account lacks to reach three weeks of cover (at least one). */
export function shortfallUnits(cover: AidCover): number {
  if (cover.weeklyConsumption === null) return 1;
  return Math.max(1, Math.ceil(COVER_TARGET_WEEKS * cover.weeklyConsumption) - cover.stockUnits);
}

/**
 * Who can help a short account, nearby: accounts of its département, then of the rest of its region, each group
 * nearest first (those without coordinates after, by name), with the units each can spare.
 */
export function proposeLenders(borrower: AidAccount, candidates: readonly AidAccount[], now: Date): LenderProposal[] {
  if (!borrower.regionCode) return [];
  const shortfall = shortfallUnits(borrower.cover);
  const proposals = candidates.flatMap((account): LenderProposal[] => {
    if (account.finess === borrower.finess || account.regionCode !== borrower.regionCode) return [];
    const lendable = lendableUnits(account.cover, now);
    if (lendable === null) return [];
    return [
      {
        account,
        reach: account.departementCode === borrower.departementCode ? "DEPARTEMENT" : "REGION",
        distanceKm: distanceKm(borrower.position, account.position),
        lendableUnits: lendable,
        suggestedUnits: Math.min(lendable, shortfall),
      },
    ];
  });
  const rank = (p: LenderProposal) => (p.reach === "DEPARTEMENT" ? 0 : 1);
  return proposals.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) ||
      a.account.name.localeCompare(b.account.name, "fr") ||
      a.account.finess.localeCompare(b.account.finess),
  );
}
