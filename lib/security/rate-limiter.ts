/**
 * A sliding-window counter per key: at most `limit` hits within `windowMs`. In memory, per process: for the local
 * identity provider's login lockout (one process, a stand-in for ATIH). The portal's own limits are shared by its
 * instances in PostgreSQL (lib/server/rate-limits.ts).
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a hit; false when the key is over its limit (the hit is then not counted). */
  hit(key: string): boolean {
    const recent = this.recent(key);
    if (recent.length >= this.limit) return false;
    recent.push(this.now());
    this.hits.set(key, recent);
    return true;
  }

  /** Seconds until the key may try again (0 when it may now). */
  retryAfterSeconds(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.limit) return 0;
    return Math.ceil((recent[0] + this.windowMs - this.now()) / 1000);
  }

  reset(key: string): void {
    this.hits.delete(key);
  }

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    const recent = (this.hits.get(key) ?? []).filter((t) => t > since);
    // Keys with no recent hit are dropped so the map cannot grow without bound.
    if (recent.length === 0) this.hits.delete(key);
    if (this.hits.size > 100_000) this.hits.clear();
    return recent;
  }
}
