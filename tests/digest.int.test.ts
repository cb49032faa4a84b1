import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { smtpMailer } from "@/lib/adapters/email/smtp";
import { shiftWeek } from "@/lib/domain/time/paris-time";
import { REGIONS } from "@/lib/domain/referential/regions";
import { db } from "@/lib/server/db";
import { dashboardDataset } from "@/lib/server/reporting/dashboard-dataset";
import { describeDigestRun, lastWeek, sendWeeklyDigests } from "@/lib/server/reporting/weekly-digest";
import { readCaughtMessage, readCaughtMessages, startMailCatcher, type RunningMailCatcher } from "@/mail/catcher";
import { seedDemo, seedMutualAidScenario } from "@/prisma/seed";
import { resetDatabase } from "./database";
import { createOrder, createUser } from "./reporting-factories";

const WEEK = "2026-W47";
let catcher: RunningMailCatcher;
let mailer: ReturnType<typeof smtpMailer>;
let folder: string;

const messagesOf = async (week: string) => (await readCaughtMessages(folder)).filter((m) => m.subject.includes(` ${week} `));

beforeAll(async () => {
  await resetDatabase();
  await seedDemo(db());
  await seedMutualAidScenario(db());
  const user = await createUser("operateur@demo.fr");
  await createOrder({ createdById: user.id, deliveryFiness: "690812342", week: WEEK, lines: [{ reference: "EPI-FFP2-20", packs: 5 }] });
  await createOrder({ createdById: user.id, deliveryFiness: "010005015", week: WEEK, kind: "EMERGENCY", lines: [{ reference: "EPI-MCH-50", packs: 3 }] });
  await createOrder({ createdById: user.id, deliveryFiness: "920003019", week: WEEK, lines: [{ reference: "EPI-FFP2-20", packs: 7 }] });
  folder = mkdtempSync(join(tmpdir(), "distrilog-mail-"));
  catcher = await startMailCatcher({ dir: folder });
  mailer = smtpMailer(catcher.url, "Distrilog-santé <ne-pas-repondre@distrilog-sante.fr>");
});

afterAll(async () => {
  mailer?.close();
  await catcher?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe("the weekly digest", () => {
  it("sends exactly one message per ARS for a week, however many runs, even at once", async () => {
    const [first, second] = await Promise.all([sendWeeklyDigests(WEEK, { client: db(), mailer }), sendWeeklyDigests(WEEK, { client: db(), mailer })]);
    expect(first.sent.length + second.sent.length).toBe(18);
    expect([...first.sent, ...second.sent].sort()).toEqual(REGIONS.map((r) => r.code).sort());
    const third = await sendWeeklyDigests(WEEK, { client: db(), mailer });
    expect(third).toMatchObject({ sent: [], failed: [] });
    expect(third.skipped).toHaveLength(18);
    // The demo's hospital of Saint-Pierre-et-Miquelon is in none of the 18 digests: the run says so.
    expect(third.withoutArs).toBe(1);
    expect(describeDigestRun(third)).toBe(
      `synthèse ${WEEK} : 0 envoyée, 18 déjà envoyées ; 1 établissement hors des 18 ARS (Saint-Pierre-et-Miquelon, Wallis-et-Futuna, Polynésie française, Nouvelle-Calédonie) : dans aucune synthèse régionale, seulement au tableau de bord national`,
    );

    const messages = await messagesOf(WEEK);
    expect(messages).toHaveLength(18);
    expect(new Set(messages.map((m) => m.to[0].toLowerCase()))).toEqual(new Set(REGIONS.map((r) => r.seedMailbox.toLowerCase())));
    const deliveries = await db().digestDelivery.findMany({ where: { week: WEEK } });
    expect(deliveries).toHaveLength(18);
    expect(deliveries.every((d) => d.sentAt !== null && d.messageId)).toBe(true);
  });

  it("attaches the region's spreadsheet, whose totals are the dashboard's", async () => {
    const [ara] = (await messagesOf(WEEK)).filter((m) => m.to[0] === "ARS-ARA-distrilog-sante@ars.sante.fr");
    expect(ara.subject).toBe(`Distrilog-santé – synthèse hebdomadaire ${WEEK} – Auvergne-Rhône-Alpes`);
    const parsed = await readCaughtMessage(folder, ara);
    expect(parsed.text).toContain("Commandé sur stock État : 100 unités");
    expect(parsed.attachments.map((a) => a.filename)).toEqual([`tableau-de-bord-84-${WEEK}.xlsx`]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(parsed.attachments[0].content as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Établissements")!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const sum = (header: string) => {
      let total = 0;
      sheet.eachRow((row, n) => {
        if (n > 1) total += Number(row.getCell(headers.indexOf(header) + 1).value ?? 0);
      });
      return total;
    };
    const dataset = await dashboardDataset({ scope: { kind: "region", regionCode: "84" }, week: WEEK, filters: {} }, db());
    expect(sum("Stock État (unités)")).toBe(dataset.total.stateUnits);
    expect(sum("Hors contingent (unités)")).toBe(dataset.total.outsideQuotaUnits);
    expect(sum("Contingent (unités)")).toBe(dataset.total.quotaUnits);
    expect([dataset.total.stateUnits, dataset.total.outsideQuotaUnits]).toEqual([100, 150]);
  });

  it("names each region's establishments under 3 weeks of cover in its own digest only, medico-social first", async () => {
    const messages = await messagesOf(WEEK);
    const textTo = async (mailbox: string) => (await readCaughtMessage(folder, messages.find((m) => m.to[0].toLowerCase() === mailbox.toLowerCase())!)).text;
    const ara = await textTo("ARS-ARA-distrilog-sante@ars.sante.fr");
    // The demo's Rhône EHPAD is short of gloves; the hospital that can lend and the clinic counted once are not.
    expect(ara).toMatch(/Établissements sous 3 semaines de couverture : \d+ \(médico-social : [1-9]\d*, sanitaire : \d+\)/);
    expect(ara).toContain("- EHPAD LES GLYCINES (69, médico-social) : gants");
    expect(ara).not.toContain("CH DU BEAUJOLAIS");
    expect(ara).not.toContain("CLINIQUE DES MONTS D'OR");
    for (const region of REGIONS.filter((r) => r.code !== "84")) expect(await textTo(region.seedMailbox)).not.toContain("EHPAD LES GLYCINES");
  });

  it("sends a digest whose run died before sending once its claim is old enough, not before", async () => {
    const week = shiftWeek(WEEK, 1);
    await db().digestDelivery.create({ data: { regionCode: "84", week, recipient: "ARS-ARA-distrilog-sante@ars.sante.fr", createdAt: new Date(Date.now() - 60_000) } });
    await db().digestDelivery.create({ data: { regionCode: "11", week, recipient: "ars-IDF-distrilog-sante@ars.sante.fr", createdAt: new Date(Date.now() - 10 * 60_000) } });
    const report = await sendWeeklyDigests(week, { client: db(), mailer });
    expect(report.skipped).toEqual(["84"]);
    expect(report.sent).toContain("11");
    expect(report.sent).toHaveLength(17);
    expect(await db().digestDelivery.findUnique({ where: { regionCode_week: { regionCode: "84", week } } })).toMatchObject({ sentAt: null });
    // Later, the same claim has aged: the next run sends it, and only it.
    const later = await sendWeeklyDigests(week, { client: db(), mailer, claimTimeoutMs: 30_000 });
    expect(later.sent).toEqual(["84"]);
    expect(await messagesOf(week)).toHaveLength(18);
  });

  it("releases a region whose message could not be sent, for the retry to send it", async () => {
    const week = shiftWeek(WEEK, 2);
    const flaky = {
      send: (message: Parameters<typeof mailer.send>[0]) =>
        message.to === "ARS-ARA-distrilog-sante@ars.sante.fr" ? Promise.reject(new Error("relais SMTP indisponible")) : mailer.send(message),
    };
    const failing = await sendWeeklyDigests(week, { client: db(), mailer: flaky });
    expect(failing.failed).toEqual([{ regionCode: "84", error: "relais SMTP indisponible" }]);
    expect(failing.sent).toHaveLength(17);
    const retry = await sendWeeklyDigests(week, { client: db(), mailer });
    expect(retry.sent).toEqual(["84"]);
    expect(await messagesOf(week)).toHaveLength(18);
  });

  it("covers the week before the Monday it runs on", () => {
    expect(lastWeek(new Date("2026-11-23T06:00:00Z"))).toBe("2026-W47");
    expect(lastWeek(new Date("2027-01-04T06:00:00Z"))).toBe("2026-W53");
  });
});
