import { countOf, formatCount, formatPercent, nounOf } from "../wording/french";
import type { AccountCoverRow } from "./region-cover";
import { isDeclarationOverdue } from "./cover";

/**
 * What an ARS may say of one establishment's cover, and nothing more: under the 3-week target, at or above it, or
 * unknown — never declared, declared once (no consumption can be estimated from one count), or a last declaration
 * older than 14 days. An establishment the portal knows nothing of is unknown, never « fine ».
 */
export type UnknownCoverReason = "NEVER_DECLARED" | "ONE_DECLARATION" | "STALE";

export type AccountCoverState = { kind: "BELOW" } | { kind: "AT_OR_ABOVE" } | { kind: "UNKNOWN"; reason: UnknownCoverReason };

export const UNKNOWN_COVER_REASONS: Record<UnknownCoverReason, string> = {
  NEVER_DECLARED: "jamais déclaré",
  ONE_DECLARATION: "une seule déclaration",
  STALE: "déclaration de plus de 14 jours",
};

export const COVER_STATE_LABELS: Record<AccountCoverState["kind"], string> = {
  BELOW: "Sous 3 semaines",
  AT_OR_ABOVE: "3 semaines ou plus",
  UNKNOWN: "Inconnue",
};

/**
 * The state of one account at `now`. A stale declaration is unknown whatever it said; a category measured under
 * target makes the account under target; at or above needs every declared category measured (a category counted
 * once may be the one running out).
 */
export function accountCoverState(account: Pick<AccountCoverRow, "categories" | "lastDeclaredAt">, now: Date): AccountCoverState {
  if (account.lastDeclaredAt === null) return { kind: "UNKNOWN", reason: "NEVER_DECLARED" };
  if (isDeclarationOverdue(account.lastDeclaredAt, now)) return { kind: "UNKNOWN", reason: "STALE" };
  const declared = account.categories.filter((c) => c.cover.status !== "NOT_DECLARED");
  if (declared.some((c) => c.cover.status === "BELOW_TARGET")) return { kind: "BELOW" };
  const measured = declared.filter((c) => c.cover.status === "ON_TARGET" || c.cover.status === "NO_CONSUMPTION");
  if (declared.length === 0) return { kind: "UNKNOWN", reason: "NEVER_DECLARED" };
  return measured.length === declared.length ? { kind: "AT_OR_ABOVE" } : { kind: "UNKNOWN", reason: "ONE_DECLARATION" };
}

/** « Inconnue (jamais déclaré) », « Sous 3 semaines »: a state in words. */
export function coverStateText(state: AccountCoverState): string {
  return state.kind === "UNKNOWN" ? `${COVER_STATE_LABELS.UNKNOWN} (${UNKNOWN_COVER_REASONS[state.reason]})` : COVER_STATE_LABELS[state.kind];
}

export interface CoverSummary {
  accounts: number;
  below: number;
  atOrAbove: number;
  unknown: number;
  unknownBy: Record<UnknownCoverReason, number>;
  /** below ÷ (below + atOrAbove): the share under target among establishments whose cover is known; null if none is. */
  belowShareOfKnown: number | null;
  /** unknown ÷ accounts; null without accounts. */
  unknownShare: number | null;
  /** Share of establishments with a declaration of the last 14 days (the circular's reporting); null without accounts. */
  reportingRate: number | null;
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** Counts of a set of accounts by state, with the shares the ARS reads. */
export function coverSummary(accounts: ReadonlyArray<Pick<AccountCoverRow, "categories" | "lastDeclaredAt">>, now: Date): CoverSummary {
  const unknownBy: Record<UnknownCoverReason, number> = { NEVER_DECLARED: 0, ONE_DECLARATION: 0, STALE: 0 };
  let below = 0;
  let atOrAbove = 0;
  let current = 0;
  for (const account of accounts) {
    const state = accountCoverState(account, now);
    if (state.kind === "BELOW") below++;
    else if (state.kind === "AT_OR_ABOVE") atOrAbove++;
    else unknownBy[state.reason]++;
    if (!isDeclarationOverdue(account.lastDeclaredAt, now)) current++;
  }
  const unknown = accounts.length - below - atOrAbove;
  return {
    accounts: accounts.length,
    below,
    atOrAbove,
    unknown,
    unknownBy,
    belowShareOfKnown: share(below, below + atOrAbove),
    unknownShare: share(unknown, accounts.length),
    reportingRate: share(current, accounts.length),
  };
}

export interface DepartementCover extends CoverSummary {
  code: string;
  name: string;
}

/** The summary of each département of the region, in the order given (the map and its table). */
export function departementCovers(
  accounts: readonly AccountCoverRow[],
  departements: ReadonlyArray<{ code: string; name: string }>,
  now: Date,
): DepartementCover[] {
  return departements.map(({ code, name }) => ({ code, name, ...coverSummary(accounts.filter((a) => a.departementCode === code), now) }));
}

/** Accounts whose cover is unknown, with why: those that never declared first, then by FINESS. */
export function unknownCoverAccounts(accounts: readonly AccountCoverRow[], now: Date): Array<{ account: AccountCoverRow; reason: UnknownCoverReason }> {
  const order: UnknownCoverReason[] = ["NEVER_DECLARED", "STALE", "ONE_DECLARATION"];
  return accounts
    .flatMap((account) => {
      const state = accountCoverState(account, now);
      return state.kind === "UNKNOWN" ? [{ account, reason: state.reason }] : [];
    })
    .sort((a, b) => order.indexOf(a.reason) - order.indexOf(b.reason) || a.account.finess.localeCompare(b.account.finess));
}

/** Accounts in one state (under, at or above target). */
export const accountsInState = (accounts: readonly AccountCoverRow[], kind: AccountCoverState["kind"], now: Date) =>
  accounts.filter((account) => accountCoverState(account, now).kind === kind);

const ESTABLISHMENT = nounOf("établissement");

/** « 12 % » or « — » when there is nothing to divide. */
export const shareText = (value: number | null) => (value === null ? "—" : formatPercent(value));

/**
 * The region's cover in a few lines (the weekly digest): how many establishments in each state, why the unknown are
 * unknown, the share under target among the known and the reporting rate.
 */
export function coverSummaryLines(summary: CoverSummary): string[] {
  const { unknownBy } = summary;
  return [
    `Couverture de stock des ${countOf(summary.accounts, ESTABLISHMENT)} éligibles ou suivis de la région :`,
    `- sous 3 semaines : ${formatCount(summary.below)} (${shareText(summary.belowShareOfKnown)} des couvertures connues)`,
    `- 3 semaines ou plus : ${formatCount(summary.atOrAbove)}`,
    `- inconnue : ${formatCount(summary.unknown)} (${shareText(summary.unknownShare)}) — jamais déclaré : ${formatCount(unknownBy.NEVER_DECLARED)}, une seule déclaration : ${formatCount(unknownBy.ONE_DECLARATION)}, déclaration de plus de 14 jours : ${formatCount(unknownBy.STALE)}`,
    `- taux de déclaration (déclaration de moins de 14 jours) : ${shareText(summary.reportingRate)}`,
  ];
}
