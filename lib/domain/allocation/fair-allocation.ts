/**
 * Fair allocation of a scarce product for one week: the national stock is shared pro rata to the requesters' weekly
 * quotas, nobody getting more than they asked for nor more than their quota allows, with largest-remainder rounding.
 *
 * Everything is counted in whole packs (orders are in packs): the stock is floor(units ÷ pack size) packs, the
 * quota-derived cap floor(remaining quota units ÷ pack size). Arithmetic is exact (BigInt), ties go to the smaller
 * key (the account's FINESS), and the input order does not matter: the same claims always give the same result.
 */

export interface AllocationClaim {
  /** A stable, unique key: the account's FINESS. */
  key: string;
  requestedPacks: number;
  /** The most packs the account may receive (its remaining weekly quota, in packs). */
  capPacks: number;
  /** The share key: the account's weekly quota of the category, in units. */
  weight: number;
}

export interface Allocation {
  key: string;
  requestedPacks: number;
  allocatedPacks: number;
}

export interface AllocationOutcome {
  /** FULL: the stock covered every (capped) request; PRO_RATA: it was shared. */
  mode: "FULL" | "PRO_RATA";
  stockPacks: number;
  totalRequestedPacks: number;
  totalAllocatedPacks: number;
  /** Sorted by key. */
  allocations: Allocation[];
}

function assertWhole(name: string, n: number) {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${name} doit être un entier positif ou nul (reçu ${n}).`);
}

/**
 * Splits `total` into whole parts proportional to the weights (Hamilton's largest-remainder method): each gets the
 * floor of its exact share, then the units left go one each to the largest remainders, ties to the smaller key.
 */
export function apportion(total: number, entries: ReadonlyArray<{ key: string; weight: number }>): Map<string, number> {
  assertWhole("Le total", total);
  entries.forEach((e) => assertWhole("Un poids", e.weight));
  const sorted = [...entries].sort((a, b) => compareKeys(a.key, b.key));
  const result = new Map(sorted.map((e) => [e.key, 0]));
  const sum = sorted.reduce((s, e) => s + BigInt(e.weight), BigInt(0));
  if (sum === BigInt(0) || total === 0) return result;
  const parts = sorted.map((e) => {
    const exact = BigInt(total) * BigInt(e.weight);
    return { key: e.key, floor: exact / sum, remainder: exact % sum };
  });
  let left = BigInt(total) - parts.reduce((s, p) => s + p.floor, BigInt(0));
  const byRemainder = [...parts].sort((a, b) => (a.remainder === b.remainder ? compareKeys(a.key, b.key) : a.remainder > b.remainder ? -1 : 1));
  for (const part of byRemainder) {
    if (left === BigInt(0)) break;
    if (part.remainder === BigInt(0)) continue;
    part.floor += BigInt(1);
    left -= BigInt(1);
  }
  for (const part of parts) result.set(part.key, Number(part.floor));
  return result;
}

const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Shares `stockPacks` among the claims. When the capped demand fits, everyone gets it. Otherwise shares are
 * proportional to the weights, an account whose share reaches its demand gets its demand and leaves the rest to the
 * others (repeated until no share exceeds its demand), and the remaining exact shares are rounded by largest
 * remainder: the whole stock is handed out, and no rounding pushes anyone over their demand.
 */
export function allocate(stockPacks: number, claims: readonly AllocationClaim[]): AllocationOutcome {
  assertWhole("Le stock", stockPacks);
  const keys = new Set<string>();
  for (const claim of claims) {
    assertWhole("La demande", claim.requestedPacks);
    assertWhole("Le plafond", claim.capPacks);
    assertWhole("Le contingent", claim.weight);
    if (keys.has(claim.key)) throw new Error(`Deux demandes pour ${claim.key}.`);
    keys.add(claim.key);
  }
  const sorted = [...claims].sort((a, b) => compareKeys(a.key, b.key));
  const demand = new Map(sorted.map((c) => [c.key, Math.min(c.requestedPacks, c.capPacks)]));
  const totalRequestedPacks = sorted.reduce((s, c) => s + c.requestedPacks, 0);
  const totalDemand = [...demand.values()].reduce((s, d) => s + d, 0);
  const granted = new Map<string, number>();

  let mode: AllocationOutcome["mode"] = "FULL";
  if (totalDemand <= stockPacks) {
    for (const [key, d] of demand) granted.set(key, d);
  } else {
    mode = "PRO_RATA";
    let active = sorted.filter((c) => demand.get(c.key)! > 0 && c.weight > 0);
    let left = BigInt(stockPacks);
    // Water-filling: whoever's share covers their demand is served in full and leaves the pool.
    for (;;) {
      const weights = active.reduce((s, c) => s + BigInt(c.weight), BigInt(0));
      const satisfied = active.filter((c) => left * BigInt(c.weight) >= BigInt(demand.get(c.key)!) * weights);
      if (satisfied.length === 0) break;
      for (const c of satisfied) {
        granted.set(c.key, demand.get(c.key)!);
        left -= BigInt(demand.get(c.key)!);
      }
      active = active.filter((c) => !satisfied.includes(c));
      if (active.length === 0) break;
    }
    const shares = apportion(Number(left), active.map((c) => ({ key: c.key, weight: c.weight })));
    for (const [key, packs] of shares) granted.set(key, packs);
  }

  const allocations = sorted.map((c) => ({ key: c.key, requestedPacks: c.requestedPacks, allocatedPacks: granted.get(c.key) ?? 0 }));
  return {
    mode,
    stockPacks,
    totalRequestedPacks,
    totalAllocatedPacks: allocations.reduce((s, a) => s + a.allocatedPacks, 0),
    allocations,
  };
}
