/**
 * Backup and restore with pg_dump -Fc / pg_restore (scripts/lib/backup.ts, behind npm run db:backup / db:restore):
 * a migrated, seeded database with orders is dumped, restored into an empty database, and every table comes back
 * with the same rows (count and content digest).
 *
 * pg_dump refuses a server newer than itself. Here the machine's pg_dump is Debian's (15) and the embedded server is
 * 18: the round trip runs on a throwaway cluster of the machine's own PostgreSQL server of pg_dump's version, and the
 * embedded 18 is checked to be refused with a clear message, before anything is written.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/server/prisma";
import { DEMO_FINESS } from "@/prisma/demo/establishments";
import { seedDemo } from "@/prisma/seed";
import { backupDatabase, restoreDatabase, serverMajorVersion, tableFingerprints, toolMajorVersion } from "../scripts/lib/backup";
import { applyMigrations } from "../scripts/lib/migrate";
import { startSystemCluster, systemPostgres, type SystemCluster } from "./support/system-postgres";

const system = systemPostgres();
let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "distrilog-backup-"));
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe.skipIf(!system)(`pg_dump / pg_restore round trip on PostgreSQL ${system?.major}`, () => {
  let cluster: SystemCluster;
  let source: string;

  beforeAll(async () => {
    cluster = await startSystemCluster();
    source = await cluster.createDatabase("distrilog_source");
    await applyMigrations(source);
    const client = createPrismaClient(source, 2);
    try {
      await seedDemo(client);
      // Orders and their lines, the audit trail: the tables that matter most after a disaster.
      const [user, masks] = await Promise.all([
        client.user.create({ data: { email: "operateur@clinique-demo.fr", plageSubject: "plage-operateur", roles: ["OPERATOR"] } }),
        client.product.findFirstOrThrow({ where: { reference: "EPI-MCH-50" } }),
      ]);
      for (let i = 0; i < 3; i++) {
        await client.order.create({
          data: {
            accountFiness: DEMO_FINESS.clinicEt,
            deliveryFiness: DEMO_FINESS.clinicEt,
            kind: "STATE_STOCK",
            week: "2026-W48",
            carrier: "LA_POSTE",
            totalCents: 0,
            idempotencyKey: `00000000-0000-4000-8000-00000000000${i}`,
            createdById: user.id,
            lines: { create: [{ productId: masks.id, categoryCode: masks.categoryCode, packs: i + 1, units: (i + 1) * 50, unitPriceCents: 0 }] },
          },
        });
      }
    } finally {
      await client.$disconnect();
    }
  }, 120_000);

  afterAll(async () => {
    await cluster?.stop();
  });

  it("restores every table with the same rows", async () => {
    const file = join(folder, "distrilog.dump");
    await backupDatabase(source, file, { binDir: cluster.binDir });
    expect(existsSync(file)).toBe(true);

    const target = await cluster.createDatabase("distrilog_restored");
    await restoreDatabase(target, file, { binDir: cluster.binDir });

    const before = await tableFingerprints(source);
    const after = await tableFingerprints(target);
    expect(Object.keys(before)).toEqual(expect.arrayContaining(["public.Order", "public.OrderLine", "public.Establishment", "public._prisma_migrations"]));
    expect(before["public.Order"].rows).toBe(3);
    expect(before["public.OrderLine"].rows).toBe(3);
    expect(before["public.Establishment"].rows).toBeGreaterThan(0);
    expect(after).toEqual(before);
  }, 120_000);
});

describe("a server newer than pg_dump (the embedded PostgreSQL of the tests)", () => {
  it("is refused before anything is written, saying which tools to use", async () => {
    const url = process.env.DATABASE_URL!;
    const [server, client] = await Promise.all([serverMajorVersion(url), toolMajorVersion("pg_dump")]);
    if (server <= client) return; // A pg_dump as recent as the server: nothing to refuse (checked by the round trip).
    const file = join(folder, "refused.dump");
    await expect(backupDatabase(url, file)).rejects.toThrow(
      `pg_dump ${client} ne peut pas traiter un serveur PostgreSQL ${server} : utilisez les outils clients PostgreSQL ${server}`,
    );
    expect(existsSync(file)).toBe(false);
  });
});
