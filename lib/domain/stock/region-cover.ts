import type { CareSector } from "../referential/care-sector";
import type { CategoryCoverView } from "./account-cover";
import { isDeclarationOverdue } from "./cover";
import { departementCovers } from "./cover-truth";

/** One account of a region, with the cover of each of its categories. */
export interface AccountCoverRow {
  finess: string;
  name: string;
  departementCode: string;
  /** From the FINESS category of its establishment (of its first site, for an EJ). */
  sector: CareSector;
  categories: readonly CategoryCoverView[];
  lastDeclaredAt: Date | null;
}

export interface BelowTargetRow {
  account: AccountCoverRow;
  category: CategoryCoverView;
}

/** How the ARS reads the list: medico-social establishments first (the circular's « attention particulière »), or by cover alone. */
export type BelowTargetOrder = "SECTOR" | "COVER";

const medicoSocialFirst = (a: BelowTargetRow, b: BelowTargetRow) => Number(b.account.sector === "MEDICO_SOCIAL") - Number(a.account.sector === "MEDICO_SOCIAL");

/** Each (account, category) under three weeks of cover: medico-social first unless asked otherwise, then the shortest cover, then by FINESS. */
export function belowTargetRows(accounts: readonly AccountCoverRow[], order: BelowTargetOrder = "SECTOR"): BelowTargetRow[] {
  return accounts
    .flatMap((account) => account.categories.filter((c) => c.cover.status === "BELOW_TARGET").map((category) => ({ account, category })))
    .sort(
      (a, b) =>
        (order === "SECTOR" ? medicoSocialFirst(a, b) : 0) ||
        a.category.cover.weeksOfCover! - b.category.cover.weeksOfCover! ||
        a.account.finess.localeCompare(b.account.finess) ||
        a.category.code.localeCompare(b.category.code),
    );
}

/** The accounts of one sector; all of them without a sector. */
export function inSector(accounts: readonly AccountCoverRow[], sector: CareSector | null): AccountCoverRow[] {
  return sector === null ? [...accounts] : accounts.filter((a) => a.sector === sector);
}

export const isBelowTarget = (account: AccountCoverRow) => account.categories.some((c) => c.cover.status === "BELOW_TARGET");

/** Accounts without a declaration for more than 14 days: those that never declared first, then the oldest. */
export function overdueAccounts(accounts: readonly AccountCoverRow[], now: Date): AccountCoverRow[] {
  return accounts
    .filter((a) => isDeclarationOverdue(a.lastDeclaredAt, now))
    .sort((a, b) => (a.lastDeclaredAt?.getTime() ?? -Infinity) - (b.lastDeclaredAt?.getTime() ?? -Infinity) || a.finess.localeCompare(b.finess));
}

export interface DepartementShare {
  code: string;
  name: string;
  /** Every account of the département: followed, or eligible and silent. */
  accounts: number;
  /** Accounts whose cover is known (under, at or above target): the base of the share. */
  known: number;
  belowTarget: number;
  /** belowTarget ÷ known, null when no cover is known: « 0 % » would say all is well when nothing is known. */
  share: number | null;
  /** Accounts whose cover is unknown (never declared, once, or more than 14 days ago). */
  unknown: number;
}

/** Per département: how many accounts are under target among those whose cover is known, and how many are unknown. */
export function departementShares(
  accounts: readonly AccountCoverRow[],
  departements: ReadonlyArray<{ code: string; name: string }>,
  now: Date,
): DepartementShare[] {
  return departementCovers(accounts, departements, now).map((d) => ({
    code: d.code,
    name: d.name,
    accounts: d.accounts,
    known: d.below + d.atOrAbove,
    belowTarget: d.below,
    share: d.belowShareOfKnown,
    unknown: d.unknown,
  }));
}

/** The legend's bands: no data, 0 %, up to 25 %, up to 50 %, more. */
export const SHARE_BANDS = [
  { band: 0, label: "Aucune couverture connue" },
  { band: 1, label: "Aucun sous l'objectif" },
  { band: 2, label: "Jusqu'à 25 % sous l'objectif" },
  { band: 3, label: "De 25 à 50 % sous l'objectif" },
  { band: 4, label: "Plus de 50 % sous l'objectif" },
] as const;

export function shareBand(share: number | null): 0 | 1 | 2 | 3 | 4 {
  if (share === null) return 0;
  if (share === 0) return 1;
  if (share <= 0.25) return 2;
  if (share <= 0.5) return 3;
  return 4;
}
