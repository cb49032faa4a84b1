import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limiter";

describe("rate limiter", () => {
  it("allows `limit` hits per window and key, then refuses until the window slides", () => {
    let now = 0;
    const limiter = new RateLimiter(3, 60_000, () => now);
    expect([limiter.hit("a"), limiter.hit("a"), limiter.hit("a"), limiter.hit("a")]).toEqual([true, true, true, false]);
    expect(limiter.hit("b")).toBe(true);
    now = 30_000;
    expect(limiter.retryAfterSeconds("a")).toBe(30);
    now = 60_001;
    expect(limiter.retryAfterSeconds("a")).toBe(0);
    expect(limiter.hit("a")).toBe(true);
  });

  it("forgets a key on reset", () => {
    const limiter = new RateLimiter(1, 60_000, () => 0);
    limiter.hit("a");
    expect(limiter.hit("a")).toBe(false);
    limiter.reset("a");
    expect(limiter.hit("a")).toBe(true);
  });
});
