/**
 * The cover view tells the truth on PostgreSQL: every eligible, open establishment of the region is in it — followed
 * (registered or declared) or not — and one that never declared is « inconnue », never at or above target.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { accountCoverState, coverSummary } from "@/lib/domain/stock/cover-truth";
import { db } from "@/lib/server/db";
import { regionCover } from "@/lib/server/stock/region-cover";
import { DEMO_FINESS } from "@/prisma/demo/establishments";
import { MUTUAL_AID_FINESS } from "@/prisma/demo/mutual-aid";
import { seedDemo, seedMutualAidScenario } from "@/prisma/seed";
import { resetDatabase } from "./database";

const now = new Date();

beforeAll(async () => {
  await resetDatabase();
  await seedDemo(db());
  await seedMutualAidScenario(db());
});

describe("regionCover", () => {
  it("lists every eligible open establishment of the region, followed or not, and nothing of other regions or not eligible", async () => {
    const { accounts } = await regionCover("84", now);
    const listed = new Set(accounts.map((a) => a.finess));
    const eligible = await db().establishment.findMany({
      where: { closedOn: null, category: { eligible: true }, departement: { regionCode: "84" } },
      select: { finess: true, legalEntityFiness: true },
    });
    expect(eligible.length).toBeGreaterThan(5);
    for (const e of eligible) expect(listed.has(e.finess) || listed.has(e.legalEntityFiness), e.finess).toBe(true);
    expect(listed.has(DEMO_FINESS.idfClinicEt)).toBe(false);
    expect(listed.has(DEMO_FINESS.pharmacyEt)).toBe(false);
    expect(new Set(accounts.map((a) => a.finess)).size).toBe(accounts.length);
  });

  it("says « inconnue, jamais déclaré » of an establishment that never declared, measured states of those that did", async () => {
    const { accounts } = await regionCover("84", now);
    const state = (finess: string) => accountCoverState(accounts.find((a) => a.finess === finess)!, now);
    // Never registered nor declared: in the view all the same.
    expect(state(DEMO_FINESS.ehpadEt)).toEqual({ kind: "UNKNOWN", reason: "NEVER_DECLARED" });
    expect(state(DEMO_FINESS.chuEtNord)).toEqual({ kind: "UNKNOWN", reason: "NEVER_DECLARED" });
    // The mutual-aid scenario: the EHPAD short of gloves, the hospital with 28 weeks, the clinic counted once.
    expect(state(MUTUAL_AID_FINESS.ehpadEt)).toEqual({ kind: "BELOW" });
    expect(state(MUTUAL_AID_FINESS.hospitalEt)).toEqual({ kind: "AT_OR_ABOVE" });
    expect(state(MUTUAL_AID_FINESS.clinicEt)).toEqual({ kind: "UNKNOWN", reason: "ONE_DECLARATION" });
    const summary = coverSummary(accounts, now);
    expect(summary.accounts).toBe(accounts.length);
    expect(summary.below + summary.atOrAbove + summary.unknown).toBe(accounts.length);
    expect(summary.unknownBy.NEVER_DECLARED).toBeGreaterThanOrEqual(3);
  });

  it("drops an establishment once closed, and one whose category leaves the eligible list", async () => {
    await db().establishment.update({ where: { finess: DEMO_FINESS.chuEtSud }, data: { closedOn: "2026-01-01" } });
    await db().category.update({ where: { code: "500" }, data: { eligible: false } });
    const listed = new Set((await regionCover("84", now)).accounts.map((a) => a.finess));
    expect(listed.has(DEMO_FINESS.chuEtSud)).toBe(false);
    expect(listed.has(DEMO_FINESS.chuEtNord)).toBe(true);
    expect(listed.has(DEMO_FINESS.ehpadEt)).toBe(false);
  });
});
