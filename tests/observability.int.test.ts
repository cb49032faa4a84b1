/**
 * /api/metrics behind METRICS_TOKEN, /api/health against the real database, and the order counter fed by the
 * action's outcome counting (lib/server/orders/order-metrics.ts).
 */
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "@/lib/domain/errors";
import { orderRefusals } from "@/lib/domain/orders/refusals";

const TOKEN = "jeton-de-supervision-de-test-0123456789";
// Read once by lib/server/env.ts: set before the route is imported (this file has its own modules).
process.env.METRICS_TOKEN = TOKEN;

let metricsRoute: typeof import("@/app/api/metrics/route");
let healthRoute: typeof import("@/app/api/health/route");

beforeAll(async () => {
  metricsRoute = await import("@/app/api/metrics/route");
  healthRoute = await import("@/app/api/health/route");
});

// process.env outlives this file: the other files' routes run without a token.
afterAll(() => {
  delete process.env.METRICS_TOKEN;
});

const scrape = (authorization?: string) =>
  metricsRoute.GET(new NextRequest("http://localhost:3999/api/metrics", { headers: authorization ? { authorization } : {} }));

describe("GET /api/metrics with METRICS_TOKEN set", () => {
  it.each([
    ["no Authorization header", undefined],
    ["a wrong token", "Bearer un-autre-jeton-de-meme-longueur-0000"],
    ["the token without the Bearer scheme", TOKEN],
    ["a token of another length", "Bearer court"],
  ])("refuses %s with 401 and a French message", async (_, authorization) => {
    const response = await scrape(authorization);
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toBe('Bearer realm="metrics"');
    expect(await response.text()).toBe("Jeton d'accès aux métriques absent ou invalide.");
  });

  it("answers Prometheus with the right token", async () => {
    const response = await scrape(`Bearer ${TOKEN}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("# TYPE distrilog_orders_total counter");
  });
});

describe("GET /api/health", () => {
  it("answers ok for the app and its database", async () => {
    const response = await healthRoute.GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok" });
  });

  it("answers ok while every connection of the app's pool is held, as in a rush", async () => {
    const { db } = await import("@/lib/server/db");
    // The pool's 10 connections each held 3 s: a probe queued behind them would wait past its 1 s limit. (A Prisma
    // query runs once something awaits it: `then` starts each.)
    const held = Array.from({ length: 10 }, () => db().$queryRaw`SELECT pg_sleep(3)::text`.then(() => undefined));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const response = await healthRoute.GET();
    expect(response.status).toBe(200);
    await Promise.all(held);
  });

  it("answers a flood of checks with one database connection", async () => {
    const responses = await Promise.all(Array.from({ length: 50 }, () => healthRoute.GET()));
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(200));
    const { db } = await import("@/lib/server/db");
    const [{ probes }] = await db().$queryRaw<Array<{ probes: number }>>`
      SELECT count(*)::int AS probes FROM pg_stat_activity WHERE application_name = 'distrilog-health' AND datname = current_database()`;
    expect(probes).toBe(1);
  });
});

describe("distrilog_orders_total", () => {
  it("counts each outcome under its reason, and rethrows refusals", async () => {
    const { countOrderOutcome } = await import("@/lib/server/orders/order-metrics");
    const { metrics } = await import("@/lib/server/observability/metrics");
    const LABELS = [
      { outcome: "placed", reason: "new" },
      { outcome: "placed", reason: "replayed" },
      { outcome: "exceeds_limits", reason: "quota+stock" },
      { outcome: "exceeds_limits", reason: "concurrent_change" },
      { outcome: "refused", reason: "PRODUCT_NOT_IN_TENSION" },
      { outcome: "error", reason: "unexpected" },
    ];
    const values = async () => {
      const { values: samples } = await metrics().orders.get();
      return LABELS.map((labels) => samples.find((v) => v.labels.outcome === labels.outcome && v.labels.reason === labels.reason)?.value ?? 0);
    };
    const before = await values();

    const exceeding = (limits: Array<"QUOTA" | "STOCK">) => () => Promise.reject(orderRefusals.refuse("ORDER_EXCEEDS_LIMITS", { shortfalls: [], limits, counterOffer: [] }));
    await countOrderOutcome(async () => ({ orderId: "o1", number: 1, replayed: false }));
    await countOrderOutcome(async () => ({ orderId: "o1", number: 1, replayed: true }));
    await expect(countOrderOutcome(exceeding(["QUOTA", "STOCK"]))).rejects.toThrow(DomainError);
    await expect(countOrderOutcome(exceeding([]))).rejects.toThrow(DomainError);
    await expect(countOrderOutcome(() => Promise.reject(orderRefusals.refuse("PRODUCT_NOT_IN_TENSION", { product: "Gants" })))).rejects.toThrow(DomainError);
    await expect(countOrderOutcome(() => Promise.reject(new Error("panne")))).rejects.toThrow("panne");

    // Each outcome counted once, under its own labels.
    expect((await values()).map((value, i) => value - before[i])).toEqual([1, 1, 1, 1, 1, 1]);
  });
});
