/**
 * Observability on the production build: /api/health answers for the app and its database, /api/metrics exposes
 * Prometheus counters that move when an order is placed, and each response carries a request id.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import { randomUUID } from "node:crypto";
import type { RunningStack } from "../scripts/lib/stack";
import { actionId, callAction, signedInClient } from "./api-client";
import { queryDatabase, registerOperator, startOwnStack } from "./own-stack";

test.describe.configure({ mode: "serial", timeout: 180_000 });

let stack: RunningStack;
let operator: APIRequestContext;
let masks: string;

type Outcome = { ok: boolean; data?: { status: string } };

/** The value of one sample of the Prometheus text format (0 when absent: a counter not incremented yet). */
function sample(text: string, name: string, labels: Record<string, string>): number {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  const line = text
    .split("\n")
    .find((l) => l.startsWith(`${name}{`) && wanted.every((label) => l.slice(l.indexOf("{"), l.indexOf("}")).includes(label)));
  return line ? Number(line.slice(line.lastIndexOf(" ") + 1)) : 0;
}

async function scrape(): Promise<string> {
  const response = await fetch(`${stack.appUrl}/api/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("text/plain");
  return response.text();
}

const placeOrder = (packs: number) =>
  callAction<Outcome>(operator, "/commandes/nouvelle", actionId("app/(etablissement)/commandes/actions.ts", "placeOrderAction"), {
    idempotencyKey: randomUUID(),
    kind: "STATE_STOCK",
    lines: [{ productId: masks, packs }],
  });

test.beforeAll(async () => {
  stack = await startOwnStack("observability", 70);
  operator = await signedInClient(stack.appUrl, "operateur@clinique-demo.fr");
  await registerOperator(operator);
  [{ id: masks }] = await queryDatabase<{ id: string }>(stack.databaseUrl, `SELECT id FROM "Product" WHERE reference = 'EPI-MCH-50'`);
});

test.afterAll(async () => {
  await stack?.stop();
});

test("GET /api/health: the app and its database answer, without a session, nothing cached", async () => {
  const response = await fetch(`${stack.appUrl}/api/health`);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "ok" });
  expect(response.headers.get("cache-control")).toContain("no-store");
});

test("each response carries a request id: the front proxy's when well formed, a new one otherwise", async () => {
  const kept = await fetch(`${stack.appUrl}/api/health`, { headers: { "X-Request-Id": "lb-01:req.000042" } });
  expect(kept.headers.get("x-request-id")).toBe("lb-01:req.000042");
  const replaced = await fetch(`${stack.appUrl}/api/health`, { headers: { "X-Request-Id": "bad id with spaces" } });
  expect(replaced.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  const page = await fetch(`${stack.appUrl}/`);
  expect(page.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
});

test("GET /api/metrics: the order counters and the action latency histogram move when orders are placed or refused", async () => {
  const before = await scrape();
  expect(before).toContain("# TYPE distrilog_orders_total counter");
  expect(before).toContain("# TYPE distrilog_http_request_duration_seconds histogram");

  expect(await placeOrder(1)).toMatchObject({ ok: true, data: { status: "PLACED" } });
  // 100 000 boxes: beyond the clinic's weekly quota.
  expect(await placeOrder(100_000)).toMatchObject({ ok: true, data: { status: "EXCEEDS_LIMITS" } });

  const after = await scrape();
  const placed = { outcome: "placed", reason: "new" };
  const overQuota = { outcome: "exceeds_limits", reason: "quota" };
  expect(sample(after, "distrilog_orders_total", placed)).toBe(sample(before, "distrilog_orders_total", placed) + 1);
  expect(sample(after, "distrilog_orders_total", overQuota)).toBe(sample(before, "distrilog_orders_total", overQuota) + 1);
  const actions = { handler: "server-action", outcome: "ok" };
  expect(sample(after, "distrilog_http_request_duration_seconds_count", actions)).toBeGreaterThanOrEqual(
    sample(before, "distrilog_http_request_duration_seconds_count", actions) + 2,
  );
  expect(sample(after, "distrilog_http_request_duration_seconds_count", { handler: "/api/health", outcome: "ok" })).toBeGreaterThanOrEqual(3);
  // Process metrics too, and nothing personal: no e-mail address anywhere.
  expect(after).toContain("distrilog_process_resident_memory_bytes");
  expect(after).not.toMatch(/@[a-z-]+\.fr/);
});
