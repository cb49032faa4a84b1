import { describe, expect, it } from "vitest";
import { COVER_TARGET_WEEKS } from "../stock/cover";
import { isShort, lendableUnits, proposeLenders, shortfallUnits, type AidAccount, type AidCover } from "./lenders";

const NOW = new Date("2026-11-20T10:00:00Z");
const DAY = 86_400_000;
const L93 = "1,ATLASANTE,96,BAN,L93_METROPOLE";

/** A measured cover: `stock` units at `weekly` units a week, counted `daysAgo` days ago. */
function measured(stock: number, weekly: number, daysAgo = 1): AidCover {
  const weeks = stock / weekly;
  return {
    status: weeks < COVER_TARGET_WEEKS ? "BELOW_TARGET" : "ON_TARGET",
    stockUnits: stock,
    weeklyConsumption: weekly,
    weeksOfCover: weeks,
    declaredAt: new Date(NOW.getTime() - daysAgo * DAY),
  };
}

function account(finess: string, cover: AidCover, options: Partial<AidAccount> = {}): AidAccount {
  return { finess, name: `ÉTABLISSEMENT ${finess}`, departementCode: "69", regionCode: "84", position: null, cover, ...options };
}

const at = (xKm: number, yKm = 0) => ({ x: 842000 + xKm * 1000, y: 6519000 + yKm * 1000, system: L93 });

const borrower = account("690000001", measured(200, 100), { position: at(0) });

describe("lendable units", () => {
  it("never pushes a lender under three weeks of cover", () => {
    for (let stock = 601; stock <= 3000; stock += 37) {
      for (const weekly of [1, 7, 33.3, 99.99, 100, 0.5]) {
        const cover = measured(stock, weekly);
        const lendable = lendableUnits(cover, NOW);
        if (lendable === null) {
          expect(cover.weeksOfCover! <= 6 || stock - Math.ceil(3 * weekly) <= 0).toBe(true);
          continue;
        }
        expect(lendable).toBeGreaterThan(0);
        expect(Number.isInteger(lendable)).toBe(true);
        expect((stock - lendable) / weekly).toBeGreaterThanOrEqual(COVER_TARGET_WEEKS);
        // And it is the most it can spare: one more would.
        expect((stock - lendable - 1) / weekly).toBeLessThan(COVER_TARGET_WEEKS);
      }
    }
  });

  it("is what stays above three weeks: 1 000 units at 100 a week lend 700", () => {
    expect(lendableUnits(measured(1000, 100), NOW)).toBe(700);
  });

  it("needs more than six weeks of cover", () => {
    expect(lendableUnits(measured(600, 100), NOW)).toBeNull();
    expect(lendableUnits(measured(601, 100), NOW)).toBe(301);
  });

  it("is unknown — never a lender — without two declarations, without consumption, or counted more than 14 days ago", () => {
    const declaredAt = new Date(NOW.getTime() - DAY);
    expect(lendableUnits({ status: "NOT_DECLARED", stockUnits: 0, weeklyConsumption: null, weeksOfCover: null, declaredAt: null }, NOW)).toBeNull();
    expect(lendableUnits({ status: "NO_ESTIMATE", stockUnits: 50_000, weeklyConsumption: null, weeksOfCover: null, declaredAt }, NOW)).toBeNull();
    expect(lendableUnits({ status: "NO_CONSUMPTION", stockUnits: 50_000, weeklyConsumption: 0, weeksOfCover: null, declaredAt }, NOW)).toBeNull();
    expect(lendableUnits(measured(50_000, 100, 15), NOW)).toBeNull();
    expect(lendableUnits(measured(50_000, 100, 14), NOW)).toBe(49_700);
  });
});

describe("shortfall", () => {
  it("is what a short account lacks to reach three weeks", () => {
    expect(isShort(measured(200, 100))).toBe(true);
    expect(isShort(measured(300, 100))).toBe(false);
    expect(shortfallUnits(measured(200, 100))).toBe(100);
    expect(shortfallUnits(measured(200, 33.4))).toBe(1);
  });
});

describe("lender proposal", () => {
  it("lists the département nearest first, those without coordinates after, then the rest of the region", () => {
    const far = account("690000002", measured(1000, 100), { position: at(30) });
    const near = account("690000003", measured(1000, 100), { position: at(0, 5) });
    const unplaced = account("690000004", measured(1000, 100), { name: "A SANS COORDONNÉES" });
    const region = account("010000005", measured(1000, 100), { departementCode: "01", position: at(1) });
    const proposals = proposeLenders(borrower, [far, region, unplaced, near], NOW);
    expect(proposals.map((p) => p.account.finess)).toEqual(["690000003", "690000002", "690000004", "010000005"]);
    expect(proposals.map((p) => p.reach)).toEqual(["DEPARTEMENT", "DEPARTEMENT", "DEPARTEMENT", "REGION"]);
    expect(proposals[0].distanceKm).toBeCloseTo(5, 0);
    expect(proposals[1].distanceKm).toBeCloseTo(30, 0);
    expect(proposals[2].distanceKm).toBeNull();
  });

  it("never proposes an account of unknown cover, one too short to lend, another region, or the borrower itself", () => {
    const unknown = account("690000006", { status: "NO_ESTIMATE", stockUnits: 90_000, weeklyConsumption: null, weeksOfCover: null, declaredAt: NOW });
    const stale = account("690000007", measured(90_000, 100, 30));
    const justOnTarget = account("690000008", measured(500, 100));
    const foreign = account("750000009", measured(90_000, 100), { departementCode: "75", regionCode: "11" });
    const lender = account("690000010", measured(1000, 100));
    const proposals = proposeLenders(borrower, [unknown, stale, justOnTarget, foreign, borrower, lender], NOW);
    expect(proposals.map((p) => p.account.finess)).toEqual(["690000010"]);
  });

  it("suggests the borrower's shortfall within what the lender can spare", () => {
    const [big] = proposeLenders(borrower, [account("690000011", measured(10_000, 100))], NOW);
    expect(big).toMatchObject({ lendableUnits: 9700, suggestedUnits: 100 });
    const needy = account("690000012", measured(0, 1000));
    const [small] = proposeLenders(needy, [account("690000013", measured(700, 100))], NOW);
    expect(small).toMatchObject({ lendableUnits: 400, suggestedUnits: 400 });
  });
});
