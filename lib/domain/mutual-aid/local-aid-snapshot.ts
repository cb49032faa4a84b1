import type { CoverStatus } from "../stock/cover";
import type { LenderProposal } from "./lenders";

/**
 * What the ARS saw of local aid when it filed an emergency top-up, kept with the request: the crisis centre decides
 * on that, and the record stays true after stocks move.
 */
export interface LocalAidSnapshot {
  categories: Array<{
    code: string;
    name: string;
    unitLabel: string;
    status: CoverStatus;
    weeksOfCover: number | null;
    stockUnits: number;
    lenders: Array<{ finess: string; name: string; departementCode: string; distanceKm: number | null; lendableUnits: number }>;
  }>;
}

interface CategoryAidLike {
  code: string;
  name: string;
  unitLabel: string;
  cover: { status: CoverStatus; weeksOfCover: number | null; stockUnits: number };
  lenders: ReadonlyArray<Pick<LenderProposal, "distanceKm" | "lendableUnits"> & { account: { finess: string; name: string; departementCode: string } }>;
}

/** The declared categories, short ones first, each with the neighbours who could have lent (at most five). */
export function localAidSnapshot(categories: readonly CategoryAidLike[]): LocalAidSnapshot {
  return {
    categories: categories
      .filter((c) => c.cover.status !== "NOT_DECLARED")
      .sort((a, b) => Number(b.cover.status === "BELOW_TARGET") - Number(a.cover.status === "BELOW_TARGET"))
      .map((c) => ({
        code: c.code,
        name: c.name,
        unitLabel: c.unitLabel,
        status: c.cover.status,
        weeksOfCover: c.cover.weeksOfCover,
        stockUnits: c.cover.stockUnits,
        lenders: c.lenders.slice(0, 5).map((l) => ({
          finess: l.account.finess,
          name: l.account.name,
          departementCode: l.account.departementCode,
          distanceKm: l.distanceKm === null ? null : Math.round(l.distanceKm * 10) / 10,
          lendableUnits: l.lendableUnits,
        })),
      })),
  };
}

/** A snapshot read back from the database, or null for a request filed before local aid was recorded. */
export function parseLocalAidSnapshot(value: unknown): LocalAidSnapshot | null {
  return value !== null && typeof value === "object" && Array.isArray((value as LocalAidSnapshot).categories) ? (value as LocalAidSnapshot) : null;
}
