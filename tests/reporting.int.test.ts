import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { withFinessKey } from "@/lib/domain/finess/finess-number";
import { shiftWeek } from "@/lib/domain/time/paris-time";
import { dashboardCsv, dashboardTables, ESTABLISHMENTS_SHEET } from "@/lib/domain/reporting/export-tables";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { dashboardDataset } from "@/lib/server/reporting/dashboard-dataset";
import { loadDashboard } from "@/lib/server/reporting/dashboard-request";
import { establishmentRecord } from "@/lib/server/reporting/establishment-record";
import { tablesToXlsx } from "@/lib/server/reporting/spreadsheet";
import { seedDemo } from "@/prisma/seed";
import { resetDatabase } from "./database";
import { createOrder, createUser } from "./reporting-factories";

const signedIn = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/server/actor", async (original) => ({
  ...(await original<typeof import("@/lib/server/actor")>()),
  currentActor: async () => signedIn.actor,
}));
const { GET: exportRoute } = await import("@/app/(ars)/tableau-de-bord/export/route");

const WEEK = "2026-W47";
const CLINIC = "690812342"; // Lyon (69), region 84
const CH_BELLEY = "010005015"; // Ain (01), region 84
const CHU_EJ = "380780007";
const CHU_NORTH = "380000117"; // Isère (38), ordered through its EJ
const IDF_CLINIC = "920003019"; // Hauts-de-Seine (92), region 11
const ARA_ESTABLISHMENTS = ["010005015", "380000117", "380000125", "630789014", "690001243", "690001250", "690781240", "690812342"];

const arsAra = { id: "ars-ara", email: "ars.ara@demo.fr", roles: ["ARS" as const], regionCode: "84", establishmentFiness: null };
const arsIdf = { ...arsAra, id: "ars-idf", email: "ars.idf@demo.fr", regionCode: "11" };
const admin = { id: "admin", email: "admin@demo.fr", roles: ["NATIONAL_ADMIN" as const], regionCode: null, establishmentFiness: null };

beforeAll(async () => {
  await resetDatabase();
  await seedDemo(db());
  const user = await createUser("operateur@demo.fr");
  const order = (deliveryFiness: string, lines: Array<{ reference: string; packs: number }>, extra: Partial<Parameters<typeof createOrder>[0]> = {}) =>
    createOrder({ createdById: user.id, deliveryFiness, week: WEEK, lines, ...extra });
  await order(CLINIC, [{ reference: "EPI-FFP2-20", packs: 5 }, { reference: "EPI-MCH-50", packs: 4 }]); // 100 FFP2, 200 surgical
  await order(CLINIC, [{ reference: "EPI-GNT-100", packs: 3 }], { kind: "CONSORTIUM", status: "DELIVERED" }); // 300 gloves
  await order(CLINIC, [{ reference: "EPI-FFP2-20", packs: 50 }], { status: "CANCELLED" }); // not counted
  await order(CHU_NORTH, [{ reference: "EPI-FFP2-20", packs: 10 }], { accountFiness: CHU_EJ, status: "SHIPPED" }); // 200 FFP2
  await order(CH_BELLEY, [{ reference: "EPI-MCH-50", packs: 2 }], { kind: "EMERGENCY" }); // 100 surgical, outside quota
  await order(IDF_CLINIC, [{ reference: "EPI-FFP2-20", packs: 7 }]); // 140 FFP2 in Île-de-France
  await order(CLINIC, [{ reference: "EPI-FFP2-20", packs: 2 }], { week: shiftWeek(WEEK, -3) }); // trend only
  // The two weeks before: the three-week period adds them up.
  await order(CH_BELLEY, [{ reference: "EPI-FFP2-20", packs: 3 }, { reference: "EPI-MCH-50", packs: 1 }], { week: shiftWeek(WEEK, -1), status: "DELIVERED" });
  await order(CH_BELLEY, [{ reference: "EPI-FFP2-20", packs: 9 }], { week: shiftWeek(WEEK, -1), status: "CANCELLED" });
  await order(CHU_NORTH, [{ reference: "EPI-FFP2-20", packs: 4 }], { week: shiftWeek(WEEK, -2), accountFiness: CHU_EJ, kind: "EMERGENCY" });
  await order(IDF_CLINIC, [{ reference: "EPI-FFP2-20", packs: 6 }], { week: shiftWeek(WEEK, -2) });
});

describe("the dashboard's scope", () => {
  it("gives an ARS of region 84 its region's establishments only, whatever it filters", async () => {
    const outcome = await loadDashboard(arsAra, { semaine: WEEK });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const { dataset } = outcome;
    expect(dataset.establishments.map((e) => e.finess).sort()).toEqual(ARA_ESTABLISHMENTS);
    expect(dataset.establishments.every((e) => e.regionCode === "84")).toBe(true);
    expect(dataset.byDepartement.map((d) => d.code)).toEqual(["01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74"]);
    expect(dataset.total).toMatchObject({ orders: 5, stateUnits: 500, outsideQuotaUnits: 400 });
    // Searching for an Île-de-France FINESS finds nothing in region 84.
    const search = await loadDashboard(arsAra, { semaine: WEEK, q: IDF_CLINIC });
    expect(search.ok && search.dataset.establishments).toEqual([]);
  });

  it("refuses an ARS of region 84 the data of region 11, or of a département outside its region", async () => {
    for (const params of [{ region: "11" }, { departement: "92" }, { region: "11", departement: "92" }]) {
      const outcome = await loadDashboard(arsAra, { semaine: WEEK, ...params });
      expect(outcome).toMatchObject({ ok: false, status: 403, refusal: { code: "REGION_OUT_OF_SCOPE", details: { region: "Auvergne-Rhône-Alpes" } } });
    }
    expect(await loadDashboard({ roles: ["OPERATOR"], regionCode: null }, {})).toMatchObject({ ok: false, status: 403, refusal: { code: "FORBIDDEN" } });
    expect(await loadDashboard(arsAra, { semaine: "2026-W99" })).toMatchObject({ ok: false, status: 400, refusal: { code: "INVALID_FIELD" } });
  });

  it("gives the other ARS its own region, and the national admin every region", async () => {
    const idf = await loadDashboard(arsIdf, { semaine: WEEK });
    expect(idf.ok && idf.dataset.establishments.map((e) => e.finess)).toEqual([IDF_CLINIC]);
    const national = await loadDashboard(admin, { semaine: WEEK });
    expect(national.ok && national.dataset.total).toMatchObject({ orders: 6, stateUnits: 640 });
    expect(national.ok && national.dataset.byRegion.find((r) => r.code === "11")).toMatchObject({ stateUnits: 140 });
    expect(national.ok && national.dataset.map.level).toBe("region");
    const drill = await loadDashboard(admin, { semaine: WEEK, region: "11" });
    expect(drill.ok && drill.dataset.total.stateUnits).toBe(140);
  });
});

describe("the dashboard's figures", () => {
  it("aggregates per establishment, category and status, against quotas, and draws the 12-week trend", async () => {
    const dataset = await dashboardDataset({ scope: { kind: "region", regionCode: "84" }, week: WEEK, filters: {} }, db());
    const clinic = dataset.establishments.find((e) => e.finess === CLINIC)!;
    expect(clinic.byCategory.MASQUES_FFP2).toEqual({ stateUnits: 100, quotaUnits: 390, outsideQuotaUnits: 0, consumption: 100 / 390 });
    expect(clinic.byCategory.GANTS).toMatchObject({ stateUnits: 0, quotaUnits: null, outsideQuotaUnits: 300 });
    expect(clinic.statuses).toMatchObject({ SUBMITTED: 1, DELIVERED: 1, CANCELLED: 1 });
    expect(dataset.establishments.find((e) => e.finess === CHU_NORTH)!.byCategory.MASQUES_FFP2.stateUnits).toBe(200);
    expect(dataset.categories.map((c) => c.code)).toEqual(["MASQUES_CHIRURGICAUX", "MASQUES_FFP2", "GANTS"]);
    expect(dataset.trend).toHaveLength(12);
    expect(dataset.trend.at(-1)).toMatchObject({ week: WEEK, stateUnits: 500, outsideQuotaUnits: 400 });
    expect(dataset.trend.at(-4)).toMatchObject({ week: shiftWeek(WEEK, -3), stateUnits: 40 });
  });

  it("filters by département, EPI category, establishment category and FINESS or name", async () => {
    const region = { kind: "region" as const, regionCode: "84" };
    const load = (filters: Parameters<typeof dashboardDataset>[0]["filters"]) => dashboardDataset({ scope: region, week: WEEK, filters }, db());
    expect((await load({ departement: "38" })).establishments.map((e) => e.finess)).toEqual(["380000117", "380000125"]);
    const ffp2 = await load({ categorie: "MASQUES_FFP2" });
    expect(ffp2.categories.map((c) => c.code)).toEqual(["MASQUES_FFP2"]);
    expect(ffp2.total).toMatchObject({ stateUnits: 300, outsideQuotaUnits: 0, orders: 3 });
    expect((await load({ categorieEtablissement: "500" })).establishments.map((e) => e.name)).toEqual(["EHPAD LES TILLEULS", "EHPAD LES GLYCINES"]);
    expect((await load({ q: "parc" })).establishments.map((e) => e.finess)).toEqual([CLINIC]);
    expect((await load({ q: "3807" })).establishments.map((e) => e.finess)).toEqual(["380000117", "380000125"]);
    expect((await load({ q: "100%_" })).establishments).toEqual([]);
  });
});

describe("a period of several weeks", () => {
  const weeks = [shiftWeek(WEEK, -2), shiftWeek(WEEK, -1), WEEK];
  const added = (values: Array<number | null>) => (values.every((v) => v === null) ? null : values.reduce<number>((n, v) => n + (v ?? 0), 0));

  it("totals the sum of its weeks — units, quotas, orders and statuses, per establishment too — in the ARS's region only", async () => {
    const singles = await Promise.all(weeks.map((semaine) => loadDashboard(arsAra, { semaine })));
    const period = await loadDashboard(arsAra, { depuis: weeks[0], semaine: WEEK });
    if (!period.ok || !singles.every((s) => s.ok)) throw new Error("dashboard refused");
    const each = singles.map((s) => (s.ok ? s.dataset : null)!);
    const { dataset } = period;
    expect(dataset.weeks).toEqual(weeks);
    expect(dataset.total.establishments).toBe(each[2].total.establishments);
    for (const figure of ["stateUnits", "outsideQuotaUnits", "orders"] as const) {
      expect(dataset.total[figure]).toBe(each.reduce((n, d) => n + d.total[figure], 0));
    }
    expect(dataset.total.quotaUnits).toBe(added(each.map((d) => d.total.quotaUnits)));
    expect(dataset.total.statuses).toEqual({ ...each[2].total.statuses, DELIVERED: 2, CANCELLED: 2, SUBMITTED: 3 });
    expect(dataset.total).toMatchObject({ stateUnits: 610, outsideQuotaUnits: 480, orders: 8 });
    const belley = dataset.establishments.find((e) => e.finess === CH_BELLEY)!;
    expect(belley.byCategory.MASQUES_FFP2.stateUnits).toBe(60);
    expect(belley.byCategory.MASQUES_FFP2.quotaUnits).toBe(added(each.map((d) => d.establishments.find((e) => e.finess === CH_BELLEY)!.byCategory.MASQUES_FFP2.quotaUnits)));
    expect(dataset.establishments.every((e) => e.regionCode === "84")).toBe(true);
    expect(dataset.trend.at(-1)?.week).toBe(WEEK);
    // The export of the period is the page: same totals, the period in its name.
    signedIn.actor = arsAra;
    const response = await exportRoute(new NextRequest(`http://localhost/tableau-de-bord/export?format=xlsx&depuis=${weeks[0]}&semaine=${WEEK}`));
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="tableau-de-bord-84-${weeks[0]}-${WEEK}.xlsx"`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.getWorksheet("Synthèse")!.getRow(7).values).toEqual([undefined, "Stock État (unités)", 610]);
    expect((await exportRoute(new NextRequest(`http://localhost/tableau-de-bord/export?format=csv&depuis=${weeks[0]}&semaine=${WEEK}&region=11`))).status).toBe(403);
    signedIn.actor = null;
  });

  it("is refused in French beyond 12 weeks, reversed, or out of the weeks the portal knows", async () => {
    const refused = async (params: Record<string, string>) => {
      const outcome = await loadDashboard(arsAra, params);
      return outcome.ok ? "accepted" : `${outcome.status} ${outcome.refusal.message}`;
    };
    expect(await refused({ depuis: shiftWeek(WEEK, -11), semaine: WEEK })).toBe("accepted");
    expect(await refused({ depuis: shiftWeek(WEEK, -12), semaine: WEEK })).toContain("Période trop longue : 13 semaines, 12 au plus.");
    expect(await refused({ depuis: shiftWeek(WEEK, 1), semaine: WEEK })).toContain("Période inversée");
    expect(await refused({ depuis: "2019-W50", semaine: "2020-W02" })).toMatch(/^400 .*Semaine invalide/);
    expect(await refused({ depuis: shiftWeek(WEEK, -2), semaine: WEEK, region: "11" })).toMatch(/^403 /);
  });
});

describe("the establishments list", () => {
  it("keeps those without an order of the week and sorts by a column, the figures unchanged; a bad sort is refused in French", async () => {
    const all = await loadDashboard(arsAra, { semaine: WEEK });
    const without = await loadDashboard(arsAra, { semaine: WEEK, commandes: "sans", tri: "etablissement", ordre: "decroissant" });
    if (!all.ok || !without.ok) throw new Error("dashboard refused");
    const ordered = [CLINIC, CHU_NORTH, CH_BELLEY];
    expect(without.dataset.establishments.map((e) => e.finess).sort()).toEqual(ARA_ESTABLISHMENTS.filter((f) => !ordered.includes(f)));
    const names = without.dataset.establishments.map((e) => e.name);
    expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a, "fr")));
    expect(without.dataset.total).toEqual(all.dataset.total);
    expect(without.dataset.filterLabels.join()).toContain("sans commande");
    const byFfp2 = await loadDashboard(arsAra, { semaine: WEEK, tri: "epi-MASQUES_FFP2", ordre: "decroissant" });
    if (!byFfp2.ok) throw new Error("dashboard refused");
    expect(byFfp2.dataset.establishments.slice(0, 2).map((e) => e.finess)).toEqual([CHU_NORTH, CLINIC]);
    expect(await loadDashboard(arsAra, { tri: "montant; DROP" })).toMatchObject({ ok: false, status: 400, refusal: { message: expect.stringContaining("Tri inconnu") } });
    expect(await loadDashboard(arsAra, { commandes: "toutes" })).toMatchObject({ ok: false, status: 400 });
  });

  it("is what the XLSX export lists", async () => {
    signedIn.actor = arsAra;
    const response = await exportRoute(new NextRequest(`http://localhost/tableau-de-bord/export?format=xlsx&semaine=${WEEK}&commandes=sans`));
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet(ESTABLISHMENTS_SHEET)!;
    expect(sheet.rowCount - 1).toBe(ARA_ESTABLISHMENTS.length - 3);
  });
});

describe("the establishment page", () => {
  const inWeek = new Date("2026-11-18T10:00:00Z"); // Wednesday of WEEK

  it("gives the ARS of its region the week's figures of its dashboard row, its recent orders and requests", async () => {
    const record = (await establishmentRecord(arsAra, CLINIC, inWeek))!;
    const dashboard = await loadDashboard(arsAra, { semaine: WEEK });
    if (!dashboard.ok) throw new Error("dashboard refused");
    expect(record.week).toBe(WEEK);
    expect(record.line).toEqual(dashboard.dataset.establishments.find((e) => e.finess === CLINIC));
    expect(record.orders.map((o) => [o.week, o.kind, o.status, o.units])).toEqual(
      expect.arrayContaining([[WEEK, "STATE_STOCK", "SUBMITTED", 300], [WEEK, "CONSORTIUM", "DELIVERED", 300], [WEEK, "STATE_STOCK", "CANCELLED", 1000], [shiftWeek(WEEK, -3), "STATE_STOCK", "SUBMITTED", 40]]),
    );
    expect(record.orders).toHaveLength(4);
    expect((await establishmentRecord(admin, CLINIC, inWeek))?.finess).toBe(CLINIC);
  });

  it("is nothing (404) for another region's ARS, an unknown or malformed FINESS, or another role", async () => {
    expect(await establishmentRecord(arsIdf, CLINIC, inWeek)).toBeNull();
    expect(await establishmentRecord(arsAra, IDF_CLINIC, inWeek)).toBeNull();
    expect(await establishmentRecord(arsAra, "690000000", inWeek)).toBeNull();
    expect(await establishmentRecord(arsAra, "69' OR 1=1", inWeek)).toBeNull();
    expect(await establishmentRecord({ roles: ["OPERATOR"], regionCode: "84" }, CLINIC, inWeek)).toBeNull();
  });

  it("opens an overseas establishment whose FINESS is written the FINESS files' way (9A…9J), and a number typed in lower case", async () => {
    const clinic = await db().establishment.findUniqueOrThrow({ where: { finess: CLINIC }, select: { legalEntityFiness: true, name: true, shortName: true, categoryCode: true } });
    const guadeloupe = withFinessKey("9A001234");
    await db().establishment.create({ data: { ...clinic, finess: guadeloupe, departementCode: "971" } });
    expect((await establishmentRecord(admin, guadeloupe, inWeek))?.departementCode).toBe("971");
    expect((await establishmentRecord(admin, guadeloupe.toLowerCase(), inWeek))?.finess).toBe(guadeloupe);
    expect(await establishmentRecord(arsAra, guadeloupe, inWeek)).toBeNull();
  });
});

describe("the exports", () => {
  const context = { scope: "Auvergne-Rhône-Alpes", week: WEEK, filters: [], generatedAt: new Date("2026-11-23T07:00:00Z") };

  async function sheetOf(buffer: ArrayBuffer | Buffer, name: string) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as ArrayBuffer);
    return workbook.getWorksheet(name)!;
  }

  it("equal the dataset: the spreadsheet's columns sum to the page's totals, the CSV has the same rows", async () => {
    const dataset = await dashboardDataset({ scope: { kind: "region", regionCode: "84" }, week: WEEK, filters: {} }, db());
    const sheet = await sheetOf(await tablesToXlsx(dashboardTables(dataset, context), context.generatedAt), ESTABLISHMENTS_SHEET);
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const column = (header: string) => headers.indexOf(header) + 1;
    const sumOf = (header: string) => {
      let total = 0;
      sheet.eachRow((row, n) => {
        if (n > 1) total += Number(row.getCell(column(header)).value ?? 0);
      });
      return total;
    };
    expect(sheet.rowCount - 1).toBe(dataset.establishments.length);
    expect(sumOf("Stock État (unités)")).toBe(dataset.total.stateUnits);
    expect(sumOf("Contingent (unités)")).toBe(dataset.total.quotaUnits);
    expect(sumOf("Hors contingent (unités)")).toBe(dataset.total.outsideQuotaUnits);
    expect(sumOf("Commandes")).toBe(dataset.total.orders);
    expect(typeof sheet.getRow(2).getCell(column("Stock État (unités)")).value).toBe("number");
    const csvRows = dashboardCsv(dataset, context).trim().split("\r\n").slice(1);
    expect(csvRows.map((r) => r.split(";")[0].replaceAll('"', ""))).toEqual(dataset.establishments.map((e) => e.finess));
  });

  it("are refused without a session (401), to another role or region (403), and served to the ARS of the region", async () => {
    const call = (query: string) => exportRoute(new NextRequest(`http://localhost/tableau-de-bord/export?${query}`));
    signedIn.actor = null;
    expect((await call("format=csv")).status).toBe(401);
    signedIn.actor = { ...arsAra, roles: ["OPERATOR"] };
    expect((await call("format=csv")).status).toBe(403);
    signedIn.actor = arsAra;
    const refused = await call(`format=xlsx&region=11&semaine=${WEEK}`);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("Accès refusé");
    expect((await call("format=pdf")).status).toBe(400);

    const csv = await call(`format=csv&semaine=${WEEK}&departement=38`);
    expect(csv.headers.get("content-disposition")).toBe(`attachment; filename="tableau-de-bord-84-${WEEK}.csv"`);
    expect((await csv.text()).trim().split("\r\n")).toHaveLength(3);
    const xlsx = await call(`format=xlsx&semaine=${WEEK}`);
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
    const summary = await sheetOf(await xlsx.arrayBuffer(), "Synthèse");
    expect(summary.getRow(7).values).toEqual([undefined, "Stock État (unités)", 500]);
    signedIn.actor = null;
  });
});
