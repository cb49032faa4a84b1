/**
 * /api/metrics in production: closed without METRICS_TOKEN unless METRICS_PUBLIC=true (the token itself is checked in
 * tests/observability.int.test.ts). Each case loads the route afresh, as a new process reads its environment.
 */
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";

describe("GET /api/metrics in production without METRICS_TOKEN", () => {
  /** The route as a fresh production process reads it, with `variables` as its environment. */
  async function productionScrape(variables: Record<string, string | undefined>) {
    vi.resetModules();
    vi.stubEnv("NODE_ENV", "production");
    for (const [name, value] of Object.entries(variables)) vi.stubEnv(name, value);
    try {
      const route: typeof import("@/app/api/metrics/route") = await import("@/app/api/metrics/route");
      return await route.GET(new NextRequest("http://localhost:3999/api/metrics"));
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  }

  it("refuses to serve, in French, unless METRICS_PUBLIC=true says it deliberately", async () => {
    const closed = await productionScrape({ METRICS_TOKEN: undefined });
    expect(closed.status).toBe(403);
    expect(await closed.text()).toMatch(/^Métriques fermées : ce portail de production n'a pas de METRICS_TOKEN/);

    const open = await productionScrape({ METRICS_TOKEN: undefined, METRICS_PUBLIC: "true" });
    expect(open.status).toBe(200);
    expect(await open.text()).toContain("# TYPE distrilog_orders_total counter");
  });
});

