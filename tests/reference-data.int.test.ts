/**
 * The reference data (categories, decrees, products, settings) cached per instance of the portal (decision 0022): an
 * admin's change, made on any instance, applies at the next read on every one. An instance here is a module graph of
 * its own, hence a cache of its own, on the one database.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { spfCapacityThresholdSchema } from "@/lib/schemas/quota";
import { seedDemo } from "@/prisma/seed";
import { resetDatabase } from "./database";

const CLINIC = "690812342";
const admin: Actor = { id: "admin-id", email: "admin@demo.fr", roles: ["NATIONAL_ADMIN"], regionCode: null, establishmentFiness: null };

async function instance() {
  vi.resetModules();
  const [{ referenceData }, { getSetting }, { quotaOverview }, { setSpfCapacityThreshold }, { endDecree }] = await Promise.all([
    import("@/lib/server/reference-data"),
    import("@/lib/server/settings"),
    import("@/lib/server/orders/quota-overview"),
    import("@/lib/server/admin/quotas"),
    import("@/lib/server/admin/tension"),
  ]);
  const inTension = async (code: string) => (await quotaOverview(CLINIC, new Date())).quotas.find((q) => q.code === code)?.inTension;
  const productNames = async () => (await referenceData()).products.map((p) => p.name);
  return { referenceData, getSetting, inTension, productNames, setSpfCapacityThreshold, endDecree };
}

describe("reference data cached per instance", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDemo(db());
  });

  it("answers a repeated read from its cache while nothing changed", async () => {
    const a = await instance();
    const first = await a.referenceData();
    expect(await a.referenceData()).toBe(first);
  });

  it("applies an admin's change made on instance A at the next read on instance B", async () => {
    const a = await instance();
    const b = await instance();
    // Both have read, and cached, the reference data as seeded.
    for (const one of [a, b]) {
      expect(await one.getSetting("spfCapacityThreshold")).toBe(800);
      expect(await one.inTension("MASQUES_FFP2")).toBe(true);
    }

    await a.setSpfCapacityThreshold(admin, spfCapacityThresholdSchema.parse({ spfCapacityThreshold: "650" }));
    expect(await b.getSetting("spfCapacityThreshold")).toBe(650);

    const decree = await db().tensionDecree.findFirstOrThrow({ where: { categoryCode: "MASQUES_FFP2", endsAt: null } });
    await a.endDecree(admin, { id: decree.id });
    expect(await b.inTension("MASQUES_FFP2")).toBe(false);
    expect(await a.inTension("MASQUES_FFP2")).toBe(false);
  });

  it("applies a change written outside the portal (a script, psql) at the next read", async () => {
    const b = await instance();
    expect(await b.productNames()).toContain("Masque FFP2 (boîte de 20)");
    await db().$executeRaw`UPDATE "Product" SET "active" = false WHERE "reference" = 'EPI-FFP2-20'`;
    expect(await b.productNames()).not.toContain("Masque FFP2 (boîte de 20)");
  });
});
