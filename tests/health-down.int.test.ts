/**
 * GET /api/health when PostgreSQL does not answer: 503 with a French detail, within its timeout, and nothing else
 * (no stack, no address). The database URL points at a port nothing listens on — as for an instance whose primary is
 * gone.
 */
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../scripts/lib/ports";

const realUrl = process.env.DATABASE_URL;
const unreachable = new URL(realUrl!);
unreachable.port = String(await freePort());
// Read once by lib/server/env.ts: set before the route is imported (this file has its own modules).
process.env.DATABASE_URL = unreachable.toString();
const { GET } = await import("@/app/api/health/route");

afterAll(() => {
  process.env.DATABASE_URL = realUrl;
});

describe("GET /api/health without a database", () => {
  it("answers 503 with a French detail, quickly", async () => {
    const started = Date.now();
    const response = await GET();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control")).toContain("no-store");
    expect(await response.json()).toEqual({
      status: "indisponible",
      database: "indisponible",
      detail: "La base de données ne répond pas : le portail ne peut pas servir les demandes.",
    });
  });
});
