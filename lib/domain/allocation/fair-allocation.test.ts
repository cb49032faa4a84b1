import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocate, apportion, type AllocationClaim } from "./fair-allocation";

const claim = (key: string, requestedPacks: number, weight: number, capPacks = requestedPacks): AllocationClaim => ({ key, requestedPacks, capPacks, weight });
const packsOf = (outcome: ReturnType<typeof allocate>) => Object.fromEntries(outcome.allocations.map((a) => [a.key, a.allocatedPacks]));

describe("largest-remainder rounding", () => {
  it("gives the leftover packs to the largest remainders", () => {
    // Exact shares 3.5, 2.1, 1.4: floors 3, 2, 1; the one pack left goes to the largest remainder (0.5).
    expect(packsOf(allocate(7, [claim("690000001", 100, 50), claim("690000002", 100, 30), claim("690000003", 100, 20)]))).toEqual({
      "690000001": 4,
      "690000002": 2,
      "690000003": 1,
    });
    // Stock 9, weights 46:23:23: exact 4.5, 2.25, 2.25 → floors 4, 2, 2, and the pack left to the largest remainder.
    expect(packsOf(allocate(9, [claim("b", 50, 23), claim("a", 50, 46), claim("c", 50, 23)]))).toEqual({ a: 5, b: 2, c: 2 });
  });

  it("breaks equal remainders by FINESS, whatever the input order", () => {
    const claims = [claim("690000003", 50, 1), claim("690000001", 50, 1), claim("690000002", 50, 1)];
    expect(packsOf(allocate(10, claims))).toEqual({ "690000001": 4, "690000002": 3, "690000003": 3 });
    expect(packsOf(allocate(11, claims))).toEqual({ "690000001": 4, "690000002": 4, "690000003": 3 });
  });

  it("apportions a total exactly, proportionally", () => {
    expect(Object.fromEntries(apportion(10, [{ key: "x", weight: 3 }, { key: "y", weight: 1 }]))).toEqual({ x: 8, y: 2 });
    expect(Object.fromEntries(apportion(5, [{ key: "x", weight: 0 }, { key: "y", weight: 0 }]))).toEqual({ x: 0, y: 0 });
  });
});

describe("fair allocation of a week's national stock", () => {
  it("serves every request in full when the stock covers them, within quota caps", () => {
    const outcome = allocate(500, [claim("a", 10, 100), claim("b", 20, 100, 12)]);
    expect(outcome).toMatchObject({ mode: "FULL", totalRequestedPacks: 30, totalAllocatedPacks: 22 });
    expect(packsOf(outcome)).toEqual({ a: 10, b: 12 });
  });

  it("shares pro rata to quotas, and hands on what a small request leaves", () => {
    // Shares of 100 by equal quotas: 50 each, but A asked for 10: B gets the other 90.
    const outcome = allocate(100, [claim("a", 10, 500), claim("b", 200, 500)]);
    expect(outcome).toMatchObject({ mode: "PRO_RATA", totalAllocatedPacks: 100 });
    expect(packsOf(outcome)).toEqual({ a: 10, b: 90 });
  });

  it("gives nothing to a claim without quota", () => {
    expect(packsOf(allocate(10, [claim("a", 5, 0, 0), claim("b", 20, 10)]))).toEqual({ a: 0, b: 10 });
  });

  it("refuses malformed input", () => {
    expect(() => allocate(-1, [])).toThrow("Le stock");
    expect(() => allocate(1, [claim("a", 1.5, 1)])).toThrow("La demande");
    expect(() => allocate(1, [claim("a", 1, 1), claim("a", 1, 1)])).toThrow("Deux demandes");
  });
});

const claimsArbitrary = fc
  .uniqueArray(
    fc.record({
      key: fc.stringMatching(/^[0-9]{9}$/),
      requestedPacks: fc.integer({ min: 0, max: 5_000 }),
      capPacks: fc.integer({ min: 0, max: 5_000 }),
      weight: fc.integer({ min: 0, max: 200_000 }),
    }),
    { selector: (c) => c.key, maxLength: 40 },
  )
  .map((claims) => claims.map((c) => (c.weight === 0 ? { ...c, capPacks: 0 } : c)));
const stockArbitrary = fc.integer({ min: 0, max: 60_000 });

describe("fair allocation properties", () => {
  it("never hands out more than the stock, nor more than asked or allowed", () => {
    fc.assert(
      fc.property(stockArbitrary, claimsArbitrary, (stock, claims) => {
        const outcome = allocate(stock, claims);
        expect(outcome.totalAllocatedPacks).toBeLessThanOrEqual(stock);
        expect(outcome.totalAllocatedPacks).toBe(outcome.allocations.reduce((s, a) => s + a.allocatedPacks, 0));
        for (const a of outcome.allocations) {
          const c = claims.find((x) => x.key === a.key)!;
          expect(a.allocatedPacks).toBeGreaterThanOrEqual(0);
          expect(a.allocatedPacks).toBeLessThanOrEqual(c.requestedPacks);
          expect(a.allocatedPacks).toBeLessThanOrEqual(c.capPacks);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("hands out the whole stock, or every capped request", () => {
    fc.assert(
      fc.property(stockArbitrary, claimsArbitrary, (stock, claims) => {
        const demand = claims.reduce((s, c) => s + Math.min(c.requestedPacks, c.capPacks), 0);
        expect(allocate(stock, claims).totalAllocatedPacks).toBe(Math.min(stock, demand));
      }),
      { numRuns: 500 },
    );
  });

  it("gives the same result for the same claims in any order", () => {
    fc.assert(
      fc.property(
        stockArbitrary,
        claimsArbitrary.chain((claims) => fc.tuple(fc.constant(claims), fc.shuffledSubarray(claims, { minLength: claims.length, maxLength: claims.length }))),
        (stock, [claims, shuffled]) => {
          expect(allocate(stock, shuffled)).toEqual(allocate(stock, claims));
          expect(allocate(stock, claims)).toEqual(allocate(stock, claims));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("gives everyone at least their plain pro-rata share, rounded down, unless they asked for less", () => {
    fc.assert(
      fc.property(stockArbitrary, claimsArbitrary, (stock, claims) => {
        const demanding = claims.filter((c) => Math.min(c.requestedPacks, c.capPacks) > 0);
        const weights = demanding.reduce((s, c) => s + c.weight, 0);
        const outcome = allocate(stock, claims);
        for (const c of demanding) {
          const share = Math.floor((stock * c.weight) / weights);
          expect(outcome.allocations.find((a) => a.key === c.key)!.allocatedPacks).toBeGreaterThanOrEqual(Math.min(share, c.requestedPacks, c.capPacks));
        }
      }),
      { numRuns: 300 },
    );
  });
});
