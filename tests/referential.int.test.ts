import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { DEMO_FINESS } from "@/prisma/demo/establishments";
import { DEMO_STOCK_DECLARATIONS } from "@/prisma/demo/stock";
import { seedDemo } from "@/prisma/seed";
import { resetDatabase } from "./database";
import { tableCounts, tableSnapshot } from "./support/table-snapshot";

/** Threads that keep every core of the machine busy until stopped: the seed must pass on a loaded machine. */
function loadEveryCore(): () => Promise<void> {
  const spin = "const end = Date.now() + 60_000; while (Date.now() < end) Math.sqrt(Math.random());";
  const workers = Array.from({ length: 2 * availableParallelism() }, () => new Worker(spin, { eval: true }));
  return async () => {
    await Promise.all(workers.map((worker) => worker.terminate()));
  };
}

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

  it("places a demo establishment in Île-de-France, Corsica, an overseas département and a territory without ARS", async () => {
    await seedDemo(db());
    const regionOf = async (finess: string) =>
      (await db().establishment.findUniqueOrThrow({ where: { finess }, include: { departement: { include: { region: true } } } })).departement
        .region?.name ?? null;
    expect(await regionOf(DEMO_FINESS.idfClinicEt)).toBe("Île-de-France");
    expect(await regionOf(DEMO_FINESS.corsicaEhpadEt)).toBe("Corse");
    expect(await regionOf(DEMO_FINESS.reunionClinicEt)).toBe("La Réunion");
    expect(await regionOf(DEMO_FINESS.miquelonHospitalEt)).toBeNull();
    // The legal entity's long name is generic: the short one is shown.
    expect(await db().legalEntity.findUniqueOrThrow({ where: { finess: DEMO_FINESS.corsicaEhpadEj } })).toMatchObject({
      name: "CCAS D'AJACCIO",
      longName: "CENTRE COMMUNAL D'ACTION SOCIALE",
    });
    expect(await db().stockDeclaration.count()).toBe(DEMO_STOCK_DECLARATIONS.length);
  });

  it("changes nothing when run again, and keeps an admin's eligibility choice", async () => {
    await seedDemo(db());
    await db().category.update({ where: { code: "365" }, data: { eligible: false } });
    const before = await tableSnapshot();
    await seedDemo(db());
    expect(await tableSnapshot()).toEqual(before);
    expect((await db().category.findUniqueOrThrow({ where: { code: "365" } })).eligible).toBe(false);
  });

  it("gives a guide category back the guide's label, and says so in the audit log", async () => {
    await seedDemo(db());
    await db().category.update({ where: { code: "213" }, data: { label: "Lieux de Vie et d'Accueil" } });
    await seedDemo(db());
    expect((await db().category.findUniqueOrThrow({ where: { code: "213" } })).label).toBe("Lits d'Accueil Médicalisés (L.A.M.)");
    const audits = await db().auditLog.findMany({ where: { entityType: "Category" } });
    expect(audits.map((a) => [a.action, a.entityId, a.before, a.after])).toEqual([
      ["category.guide-label", "213", { label: "Lieux de Vie et d'Accueil" }, { label: "Lits d'Accueil Médicalisés (L.A.M.)" }],
    ]);
  });

  it("passes on a machine whose every core is busy, with two seeds at once, writing what one seed writes", async () => {
    await seedDemo(db());
    const once = await tableCounts();
    await resetDatabase();
    const stop = loadEveryCore();
    try {
      await Promise.all([seedDemo(db()), seedDemo(db())]);
    } finally {
      await stop();
    }
    expect(await tableCounts()).toEqual(once);
    expect(once.StockDeclaration).toBeGreaterThanOrEqual(DEMO_STOCK_DECLARATIONS.length);
  });
});
