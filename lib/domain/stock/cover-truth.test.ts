import { describe, expect, it } from "vitest";
import type { CategoryCoverView } from "./account-cover";
import type { CoverStatus } from "./cover";
import { accountCoverState, coverStateText, coverSummary, coverSummaryLines, departementCovers, unknownCoverAccounts } from "./cover-truth";
import type { AccountCoverRow } from "./region-cover";

const DAY = 86_400_000;
const now = new Date("2026-12-02T09:00:00Z");
const daysAgo = (n: number) => new Date(now.getTime() - n * DAY);

const category = (code: string, status: CoverStatus): CategoryCoverView => ({
  code,
  name: code,
  unitLabel: "unité",
  forecast: null,
  explanation: "…",
  cover: { status, stockUnits: 100, declaredAt: daysAgo(1), weeklyConsumption: null, weeksOfCover: null, products: [] },
});

const account = (finess: string, departementCode: string, statuses: CoverStatus[], lastDeclaredAt: Date | null): AccountCoverRow => ({
  finess,
  name: `ETABLISSEMENT ${finess}`,
  departementCode,
  sector: "SANITAIRE",
  categories: statuses.map((status, i) => category(`C${i}`, status)),
  lastDeclaredAt,
});

describe("accountCoverState", () => {
  it("says « inconnue, jamais déclaré » of an establishment that never declared, never at or above target", () => {
    expect(accountCoverState(account("690000001", "69", [], null), now)).toEqual({ kind: "UNKNOWN", reason: "NEVER_DECLARED" });
    expect(accountCoverState(account("690000001", "69", ["NOT_DECLARED", "NOT_DECLARED"], null), now)).toEqual({ kind: "UNKNOWN", reason: "NEVER_DECLARED" });
    expect(coverStateText({ kind: "UNKNOWN", reason: "NEVER_DECLARED" })).toBe("Inconnue (jamais déclaré)");
  });

  it("says unknown of a single count (no consumption can be estimated), even beside a measured category", () => {
    expect(accountCoverState(account("1", "69", ["NO_ESTIMATE"], daysAgo(1)), now)).toEqual({ kind: "UNKNOWN", reason: "ONE_DECLARATION" });
    expect(accountCoverState(account("1", "69", ["ON_TARGET", "NO_ESTIMATE", "NOT_DECLARED"], daysAgo(1)), now)).toEqual({ kind: "UNKNOWN", reason: "ONE_DECLARATION" });
  });

  it("says unknown of a declaration older than 14 days, whatever it measured", () => {
    expect(accountCoverState(account("1", "69", ["ON_TARGET"], daysAgo(15)), now)).toEqual({ kind: "UNKNOWN", reason: "STALE" });
    expect(accountCoverState(account("1", "69", ["BELOW_TARGET"], daysAgo(15)), now)).toEqual({ kind: "UNKNOWN", reason: "STALE" });
    expect(accountCoverState(account("1", "69", ["ON_TARGET"], daysAgo(14)), now)).toEqual({ kind: "AT_OR_ABOVE" });
  });

  it("puts under target an account with one category measured under target; at or above when every declared one is measured", () => {
    expect(accountCoverState(account("1", "69", ["BELOW_TARGET", "NO_ESTIMATE"], daysAgo(1)), now)).toEqual({ kind: "BELOW" });
    expect(accountCoverState(account("1", "69", ["ON_TARGET", "NO_CONSUMPTION", "NOT_DECLARED"], daysAgo(1)), now)).toEqual({ kind: "AT_OR_ABOVE" });
  });
});

const region = [
  account("690000001", "69", ["BELOW_TARGET"], daysAgo(1)),
  account("690000002", "69", ["ON_TARGET"], daysAgo(2)),
  account("690000003", "69", [], null),
  account("690000004", "69", ["NO_ESTIMATE"], daysAgo(3)),
  account("010000001", "01", ["ON_TARGET"], daysAgo(30)),
  account("010000002", "01", [], null),
];

describe("coverSummary", () => {
  it("counts each state, the share under target among the known, the unknown share and the reporting rate", () => {
    expect(coverSummary(region, now)).toEqual({
      accounts: 6,
      below: 1,
      atOrAbove: 1,
      unknown: 4,
      unknownBy: { NEVER_DECLARED: 2, ONE_DECLARATION: 1, STALE: 1 },
      belowShareOfKnown: 0.5,
      unknownShare: 4 / 6,
      reportingRate: 3 / 6,
    });
  });

  it("has no share without accounts, and no share of known when nothing is known", () => {
    expect(coverSummary([], now)).toMatchObject({ accounts: 0, belowShareOfKnown: null, unknownShare: null, reportingRate: null });
    expect(coverSummary([account("1", "69", [], null)], now)).toMatchObject({ belowShareOfKnown: null, unknownShare: 1, reportingRate: 0 });
  });
});

describe("departementCovers", () => {
  it("computes the shares on known cover per département: a département that knows nothing has no share, not « 0 % »", () => {
    const [rhone, ain, isere] = departementCovers(region, [{ code: "69", name: "Rhône" }, { code: "01", name: "Ain" }, { code: "38", name: "Isère" }], now);
    expect(rhone).toMatchObject({ code: "69", accounts: 4, below: 1, atOrAbove: 1, unknown: 2, belowShareOfKnown: 0.5, unknownShare: 0.5 });
    expect(ain).toMatchObject({ code: "01", accounts: 2, below: 0, atOrAbove: 0, unknown: 2, belowShareOfKnown: null, unknownShare: 1 });
    expect(isere).toMatchObject({ accounts: 0, belowShareOfKnown: null, unknownShare: null });
  });
});

describe("unknownCoverAccounts", () => {
  it("lists the unknown with their reason, the never declared first", () => {
    expect(unknownCoverAccounts(region, now).map(({ account, reason }) => `${account.finess} ${reason}`)).toEqual([
      "010000002 NEVER_DECLARED",
      "690000003 NEVER_DECLARED",
      "010000001 STALE",
      "690000004 ONE_DECLARATION",
    ]);
  });
});

describe("coverSummaryLines", () => {
  it("says the region's cover in words, the unknown and why included", () => {
    expect(coverSummaryLines(coverSummary(region, now))).toEqual([
      "Couverture de stock des 6 établissements éligibles ou suivis de la région :",
      "- sous 3 semaines : 1 (50\u00a0% des couvertures connues)",
      "- 3 semaines ou plus : 1",
      "- inconnue : 4 (67\u00a0%) — jamais déclaré : 2, une seule déclaration : 1, déclaration de plus de 14 jours : 1",
      "- taux de déclaration (déclaration de moins de 14 jours) : 50\u00a0%",
    ]);
  });
});
