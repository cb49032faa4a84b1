/**
 * The abuse limits' store on PostgreSQL: one count for every instance, and the per-instance limit when PostgreSQL
 * does not answer. An "instance" here is a limiter store of its own (lib/server/rate-limits.ts keeps one per process
 * on globalThis): dropping it gives the next call a fresh one, with empty memory, on the same database.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { freePort } from "../scripts/lib/ports";
import { ABUSE_LIMITS, consumeLimit } from "@/lib/server/rate-limits";
import { resetDatabase } from "./database";

const startAnotherInstance = () => {
  (globalThis as { distrilogRateLimits?: unknown }).distrilogRateLimits = undefined;
};

beforeEach(async () => {
  await resetDatabase();
  startAnotherInstance();
});

describe("the abuse limits", () => {
  it("are shared by the instances: what one counted, the other sees", async () => {
    const { points } = ABUSE_LIMITS.publicForm;
    const address = "203.0.113.50";
    for (let i = 0; i < points - 2; i++) expect(await consumeLimit("publicForm", address)).toEqual({ allowed: true });
    startAnotherInstance();
    expect(await consumeLimit("publicForm", address)).toEqual({ allowed: true });
    expect(await consumeLimit("publicForm", address)).toEqual({ allowed: true });
    // The second instance has counted 2 of its own; the shared count says 10.
    expect(await consumeLimit("publicForm", address)).toMatchObject({ allowed: false, refusal: { code: "RATE_LIMITED", details: { limit: "publicForm" } } });
    expect(await consumeLimit("publicForm", "203.0.113.51")).toEqual({ allowed: true });
  });

  it("fall back to each instance's own limit when PostgreSQL does not answer, without refusing everyone", async () => {
    const unreachable = new URL(process.env.DATABASE_URL!);
    unreachable.port = String(await freePort());
    vi.resetModules();
    vi.stubEnv("DATABASE_URL", unreachable.toString());
    try {
      const limits: typeof import("@/lib/server/rate-limits") = await import("@/lib/server/rate-limits");
      const { points } = limits.ABUSE_LIMITS.publicForm;
      const decisions = [];
      for (let i = 0; i <= points; i++) decisions.push(await limits.consumeLimit("publicForm", "203.0.113.52"));
      expect(decisions.slice(0, points).every((d) => d.allowed)).toBe(true);
      expect(decisions[points]).toMatchObject({ allowed: false, retryAfterSeconds: expect.any(Number) });
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
      startAnotherInstance();
    }
  });
});
