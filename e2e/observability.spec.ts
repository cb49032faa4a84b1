/**
 * Observability on the production build: /api/health answers for the app and its database, /api/metrics exposes
 * Prometheus counters that move when an order is placed, each response carries a request id, and the national admin
 * follows the background jobs.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import PgBoss from "pg-boss";
import { enqueueFinessImport } from "../lib/server/jobs/finess-import-queue";
import type { RunningStack } from "../scripts/lib/stack";
import { expectNoAccessibilityViolations } from "./accessibility";
import { actionId, callAction, signedInClient } from "./api-client";
import { signIn } from "./login";
import { queryDatabase, registerOperator, startOwnStack } from "./own-stack";

test.describe.configure({ mode: "serial", timeout: 180_000 });

const PORT_OFFSET = 70;
test.use({ baseURL: `http://localhost:${Number(process.env.E2E_APP_PORT ?? 3100) + PORT_OFFSET}` });

let stack: RunningStack;
let operator: APIRequestContext;
let masks: string;

type Outcome = { ok: boolean; code?: string; data?: { replayed: boolean } };

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
  stack = await startOwnStack("observability", PORT_OFFSET);
  operator = await signedInClient(stack.appUrl, "operateur@clinique-demo.fr");
  await registerOperator(operator, "operateur@clinique-demo.fr");
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

  expect(await placeOrder(1)).toMatchObject({ ok: true, data: { replayed: false } });
  // 100 000 boxes: beyond the clinic's weekly quota.
  expect(await placeOrder(100_000)).toMatchObject({ ok: false, code: "ORDER_EXCEEDS_LIMITS", details: { limits: ["QUOTA"] } });

  const after = await scrape();
  const placed = { outcome: "placed", reason: "new" };
  const overQuota = { outcome: "exceeds_limits", reason: "quota" };
  expect(sample(after, "distrilog_orders_total", placed)).toBe(sample(before, "distrilog_orders_total", placed) + 1);
  expect(sample(after, "distrilog_orders_total", overQuota)).toBe(sample(before, "distrilog_orders_total", overQuota) + 1);
  for (const outcome of ["ok", "refused"]) {
    const actions = { handler: "server-action", outcome };
    expect(sample(after, "distrilog_http_request_duration_seconds_count", actions)).toBeGreaterThanOrEqual(
      sample(before, "distrilog_http_request_duration_seconds_count", actions) + 1,
    );
  }
  expect(sample(after, "distrilog_http_request_duration_seconds_count", { handler: "/api/health", outcome: "ok" })).toBeGreaterThanOrEqual(3);
  // Process metrics too, and nothing personal: no e-mail address anywhere.
  expect(after).toContain("distrilog_process_resident_memory_bytes");
  expect(after).not.toMatch(/@[a-z-]+\.fr/);
});

test("the national admin follows the background jobs: a queued FINESS import runs in the worker and shows as done", async ({ page }) => {
  const boss = new PgBoss({ connectionString: stack.databaseUrl, max: 1 });
  await boss.start();
  try {
    const extract = fileURLToPath(new URL("../tests/fixtures/finess/etablissements-windows-1252.csv", import.meta.url));
    const id = await enqueueFinessImport(boss, { path: extract });
    await signIn(page, "admin@demo.fr");
    await page.waitForURL(/\/accueil$/);
    await page.goto("/admin/taches");
    await expect(page.getByRole("heading", { level: 1, name: "Tâches de fond" })).toBeVisible();
    const row = page.getByTestId(`job-${id}`);
    await expect(async () => {
      await page.reload();
      await expect(row.getByRole("cell").first()).toHaveText("Terminée", { timeout: 1_000 });
    }).toPass({ timeout: 60_000 });
    await expect(row.getByRole("rowheader")).toHaveText("Import d'un extrait FINESS (suivre l'import)");
    await expect(row.getByRole("link", { name: "(suivre l'import)" })).toHaveAttribute("href", /^\/admin\/imports-finess\/[0-9a-f-]{36}$/);
    await expect(row.getByRole("cell").nth(1)).toHaveText("0 / 3");
    await expectNoAccessibilityViolations(page);
  } finally {
    await boss.stop({ graceful: false });
  }
});
