import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { seedDemo } from "@/prisma/seed";
import { resetDatabase } from "./database";

describe("demo seed on PostgreSQL", () => {
  beforeEach(resetDatabase);

  it("loads the 18 ARS, their départements, the categories and the demo establishments", async () => {
    await seedDemo(db());
    expect(await db().region.count()).toBe(18);
    // 101 départements, and Saint-Barthélemy and Saint-Martin under the ARS of Guadeloupe.
    expect(await db().departement.count({ where: { regionCode: { not: null } } })).toBe(103);
    expect(await db().category.count({ where: { eligible: true } })).toBe(63);
    const clinic = await db().establishment.findUniqueOrThrow({
      where: { finess: "690812342" },
      include: { category: true, legalEntity: true, departement: { include: { region: true } } },
    });
    expect(clinic.category).toMatchObject({ code: "365", eligible: true });
    expect(clinic.legalEntity.sector).toBe("PRIVATE_COMMERCIAL");
    expect(clinic.departement.region?.name).toBe("Auvergne-Rhône-Alpes");
  });

  it("is idempotent and keeps an admin's eligibility choice", async () => {
    await seedDemo(db());
    await db().category.update({ where: { code: "365" }, data: { eligible: false } });
    const before = await Promise.all([db().region.count(), db().departement.count(), db().category.count(), db().establishment.count()]);
    await seedDemo(db());
    const after = await Promise.all([db().region.count(), db().departement.count(), db().category.count(), db().establishment.count()]);
    expect(after).toEqual(before);
    expect((await db().category.findUniqueOrThrow({ where: { code: "365" } })).eligible).toBe(false);
  });
});
