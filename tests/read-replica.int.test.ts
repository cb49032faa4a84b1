/**
 * DATABASE_READ_URL: the dashboards and their exports read through their own client. Here the "replica" is the test
 * database reached through a read-only connection with its own application_name, as a hot standby would be: the
 * dashboard works on it, its queries show up on that connection, and the connection refuses writes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/prisma/seed";
import { resetDatabase } from "./database";
import { createOrder, createUser } from "./reporting-factories";

const READ_APPLICATION = "distrilog-lecture-test";
const readUrl = new URL(process.env.DATABASE_URL!);
readUrl.searchParams.set("application_name", READ_APPLICATION);
readUrl.searchParams.set("options", "-c default_transaction_read_only=on");
// Read once by lib/server/env.ts: set before the modules are imported (this file has its own).
process.env.DATABASE_READ_URL = readUrl.toString();

const { db, dbRead } = await import("@/lib/server/db");
const { loadDashboard } = await import("@/lib/server/reporting/dashboard-request");

const WEEK = "2026-W47";
const admin = { roles: ["NATIONAL_ADMIN" as const], regionCode: null };

beforeAll(async () => {
  await resetDatabase();
  await seedDemo(db());
  const user = await createUser("operateur@demo.fr");
  await createOrder({ createdById: user.id, deliveryFiness: "690812342", week: WEEK, lines: [{ reference: "EPI-FFP2-20", packs: 5 }] });
});

// process.env outlives this file: the other files read the primary only.
afterAll(async () => {
  delete process.env.DATABASE_READ_URL;
  await dbRead().$disconnect();
});

describe("DATABASE_READ_URL", () => {
  it("gives the reporting its own client, which cannot write", async () => {
    expect(dbRead()).not.toBe(db());
    const readOnly = () => dbRead().$queryRaw<Array<{ on: string }>>`SELECT current_setting('transaction_read_only') AS on`;
    expect(await readOnly()).toEqual([{ on: "on" }]);
    // The primary writes as before.
    expect(await db().$executeRaw`UPDATE "ProductCategory" SET "sortOrder" = "sortOrder"`).toBeGreaterThan(0);
  });

  it("serves the dashboard (page and exports) through the read connection", async () => {
    const outcome = await loadDashboard(admin, { semaine: WEEK });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.dataset.total).toMatchObject({ orders: 1, stateUnits: 100 });
    // The dashboard's aggregate queries ran on connections of the read client, as PostgreSQL saw them.
    const sessions = await db().$queryRaw<Array<{ query: string }>>`
      SELECT query FROM pg_stat_activity WHERE application_name = ${READ_APPLICATION} AND datname = current_database()`;
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.some((s) => s.query.includes(`"OrderLine"`) || s.query.includes(`"Order"`))).toBe(true);
    // The primary's connections never ran them.
    const primary = await db().$queryRaw<Array<{ query: string }>>`
      SELECT query FROM pg_stat_activity
      WHERE application_name <> ${READ_APPLICATION} AND datname = current_database() AND pid <> pg_backend_pid()`;
    expect(primary.filter((s) => s.query.includes("GROUP BY"))).toEqual([]);
  });
});
