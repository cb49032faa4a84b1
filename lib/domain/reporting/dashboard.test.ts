import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildDashboard, type DashboardInput, type ReportCategory, type ReportEstablishment } from "./dashboard";

const MASKS: ReportCategory = { code: "MASQUES_FFP2", name: "Masques FFP2", unitLabel: "masque", quotaPerCapacityUnit: 1, quotaPerStaffMember: 0.5, parameterChanges: [] };
const GLOVES: ReportCategory = { code: "GANTS", name: "Gants", unitLabel: "gant", quotaPerCapacityUnit: 20, quotaPerStaffMember: 4, parameterChanges: [] };
const APRONS: ReportCategory = { code: "TABLIERS", name: "Tabliers", unitLabel: "tablier", quotaPerCapacityUnit: 3, quotaPerStaffMember: 0.5, parameterChanges: [] };

const et = (finess: string, departementCode: string, name: string, capacity: number, salariedStaff: number): ReportEstablishment => ({
  finess,
  name,
  departementCode,
  departementName: departementCode === "69" ? "Rhône" : "Isère",
  regionCode: "84",
  categoryCode: "365",
  categoryLabel: "Clinique",
  capacity,
  salariedStaff,
});
const CLINIC = et("690812342", "69", "CLINIQUE DU PARC", 180, 420); // FFP2 quota 390
const CHU = et("380000117", "38", "CHU SITE NORD", 1000, 2000); // FFP2 quota 2000

function input(overrides: Partial<DashboardInput> = {}): DashboardInput {
  return {
    week: "2026-W47",
    weeks: ["2026-W47"],
    trendWeeks: ["2026-W45", "2026-W46", "2026-W47"],
    tensionByWeek: new Map([
      ["2026-W45", new Set<string>()],
      ["2026-W46", new Set(["MASQUES_FFP2"])],
      ["2026-W47", new Set(["MASQUES_FFP2"])],
    ]),
    categories: [MASKS, GLOVES, APRONS],
    categoryChosen: false,
    establishments: [CHU, CLINIC],
    units: [
      { finess: CLINIC.finess, categoryCode: "MASQUES_FFP2", kind: "STATE_STOCK", units: 200 },
      { finess: CLINIC.finess, categoryCode: "MASQUES_FFP2", kind: "EMERGENCY", units: 100 },
      { finess: CLINIC.finess, categoryCode: "GANTS", kind: "CONSORTIUM", units: 300 },
      { finess: CHU.finess, categoryCode: "MASQUES_FFP2", kind: "STATE_STOCK", units: 500 },
    ],
    statuses: [
      { finess: CLINIC.finess, status: "SUBMITTED", orders: 2 },
      { finess: CLINIC.finess, status: "CANCELLED", orders: 1 },
      { finess: CHU.finess, status: "DELIVERED", orders: 1 },
    ],
    trend: [
      { week: "2026-W45", categoryCode: "GANTS", kind: "CONSORTIUM", units: 50 },
      { week: "2026-W46", categoryCode: "MASQUES_FFP2", kind: "STATE_STOCK", units: 40 },
      { week: "2026-W47", categoryCode: "MASQUES_FFP2", kind: "STATE_STOCK", units: 700 },
      { week: "2026-W47", categoryCode: "MASQUES_FFP2", kind: "EMERGENCY", units: 100 },
      { week: "2026-W47", categoryCode: "GANTS", kind: "CONSORTIUM", units: 300 },
    ],
    overrides: [],
    departements: [
      { code: "01", name: "Ain" },
      { code: "38", name: "Isère" },
      { code: "69", name: "Rhône" },
    ],
    regions: [{ code: "84", name: "Auvergne-Rhône-Alpes" }],
    mapLevel: "departement",
    emergencies: [],
    ...overrides,
  };
}

describe("the dashboard of a region and week", () => {
  const dashboard = buildDashboard(input());

  it("lists the establishments by département then name, each category against its quota", () => {
    expect(dashboard.establishments.map((e) => e.finess)).toEqual([CHU.finess, CLINIC.finess]);
    const clinic = dashboard.establishments[1];
    expect(clinic.byCategory.MASQUES_FFP2).toEqual({ stateUnits: 200, quotaUnits: 390, outsideQuotaUnits: 100, consumption: 200 / 390 });
    // Gloves are not in tension: no quota, consortium units outside it.
    expect(clinic.byCategory.GANTS).toEqual({ stateUnits: 0, quotaUnits: null, outsideQuotaUnits: 300, consumption: null });
    expect(clinic.statuses).toMatchObject({ SUBMITTED: 2, CANCELLED: 1, DELIVERED: 0 });
    expect(clinic.orders).toBe(3);
    expect(clinic).toMatchObject({ stateUnits: 200, quotaUnits: 390, outsideQuotaUnits: 400 });
  });

  it("shows the categories in tension or ordered, not the empty ones — unless one is chosen", () => {
    expect(dashboard.categories.map((c) => c.code)).toEqual(["MASQUES_FFP2", "GANTS"]);
    const chosen = buildDashboard(input({ categories: [APRONS], categoryChosen: true, units: [], trend: [] }));
    expect(chosen.categories.map((c) => c.code)).toEqual(["TABLIERS"]);
    expect(chosen.total).toMatchObject({ stateUnits: 0, quotaUnits: null, consumption: null });
  });

  it("totals per département (all of the region's, even without establishments), category and overall", () => {
    expect(dashboard.byDepartement).toEqual([
      { code: "01", name: "Ain", establishments: 0, orders: 0, stateUnits: 0, quotaUnits: null, outsideQuotaUnits: 0, consumption: null },
      { code: "38", name: "Isère", establishments: 1, orders: 1, stateUnits: 500, quotaUnits: 2000, outsideQuotaUnits: 0, consumption: 0.25 },
      { code: "69", name: "Rhône", establishments: 1, orders: 3, stateUnits: 200, quotaUnits: 390, outsideQuotaUnits: 400, consumption: 200 / 390 },
    ]);
    expect(dashboard.byCategory.find((c) => c.code === "MASQUES_FFP2")).toMatchObject({ contingented: true, stateUnits: 700, quotaUnits: 2390, outsideQuotaUnits: 100 });
    expect(dashboard.total).toMatchObject({ establishments: 2, orders: 4, stateUnits: 700, quotaUnits: 2390, outsideQuotaUnits: 400 });
    expect(dashboard.byRegion).toEqual([expect.objectContaining({ code: "84", establishments: 2, stateUnits: 700 })]);
  });

  it("nationally, gives the establishments of a territory without ARS a line of their own, off the map", () => {
    // Hôpital de Sia, Wallis-et-Futuna (986): no ARS of the 18.
    const sia = { ...et("980600027", "986", "HOPITAL DE SIA", 40, 80), departementName: "Wallis-et-Futuna", regionCode: null };
    const national = buildDashboard(
      input({
        establishments: [CHU, CLINIC, sia],
        units: [...input().units, { finess: sia.finess, categoryCode: "MASQUES_FFP2", kind: "STATE_STOCK", units: 30 }],
        regions: [{ code: "84", name: "Auvergne-Rhône-Alpes" }],
        mapLevel: "region",
      }),
    );
    expect(national.byRegion.map((r) => [r.code, r.name, r.establishments, r.stateUnits])).toEqual([
      ["84", "Auvergne-Rhône-Alpes", 2, 700],
      ["", "Hors des 18 ARS (Saint-Pierre-et-Miquelon, Wallis-et-Futuna, Polynésie française, Nouvelle-Calédonie)", 1, 30],
    ]);
    expect(national.byRegion.reduce((n, r) => n + r.stateUnits, 0)).toBe(national.total.stateUnits);
    expect(national.map.tiles.map((t) => t.code)).toEqual(["84"]);
  });

  it("draws 12 weeks of trend with each week's quota (none before the tension)", () => {
    expect(dashboard.trend).toEqual([
      { week: "2026-W45", stateUnits: 0, outsideQuotaUnits: 50, quotaUnits: null },
      { week: "2026-W46", stateUnits: 40, outsideQuotaUnits: 0, quotaUnits: 2390 },
      { week: "2026-W47", stateUnits: 700, outsideQuotaUnits: 400, quotaUnits: 2390 },
    ]);
  });

  it("shades the map by consumption, and leaves areas without a quota unshaded", () => {
    expect(dashboard.map.tiles.map((t) => [t.code, t.bucket?.index ?? null])).toEqual([
      ["01", null],
      ["38", 1],
      ["69", 2],
    ]);
  });

  it("takes an establishment's override for the weeks it covers, like ordering does", () => {
    const withOverride = buildDashboard(
      input({
        overrides: [
          { establishmentFiness: CLINIC.finess, categoryCode: "MASQUES_FFP2", weeklyUnits: 1000, fromWeek: "2026-W47", toWeek: null, createdAt: new Date("2026-11-01") },
        ],
      }),
    );
    expect(withOverride.establishments[1].byCategory.MASQUES_FFP2.quotaUnits).toBe(1000);
    expect(withOverride.trend.map((p) => p.quotaUnits)).toEqual([null, 2390, 3000]);
  });

  it("over a range of weeks, adds up each week's quota — none for a week out of tension", () => {
    const range = buildDashboard(input({ weeks: ["2026-W45", "2026-W46", "2026-W47"] }));
    // FFP2 in tension from W46: two weeks of the clinic's 390 and the CHU's 2000.
    expect(range.establishments[1].byCategory.MASQUES_FFP2.quotaUnits).toBe(780);
    expect(range.total.quotaUnits).toBe(4780);
    expect(range.weeks).toEqual(["2026-W45", "2026-W46", "2026-W47"]);
    // A category in tension during one week of the range only is held to its quota.
    const fromW45 = buildDashboard(input({ weeks: ["2026-W45"], week: "2026-W45" }));
    expect(fromW45.byCategory.find((c) => c.code === "MASQUES_FFP2")).toMatchObject({ contingented: false, quotaUnits: null });
  });

  it("adds up: establishments, départements and categories give the same totals (any data)", () => {
    const unitsArbitrary = fc.array(
      fc.record({
        finess: fc.constantFrom(CLINIC.finess, CHU.finess),
        categoryCode: fc.constantFrom("MASQUES_FFP2", "GANTS", "TABLIERS"),
        kind: fc.constantFrom("STATE_STOCK" as const, "CONSORTIUM" as const, "EMERGENCY" as const),
        units: fc.integer({ min: 0, max: 100_000 }),
      }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(unitsArbitrary, (units) => {
        const d = buildDashboard(input({ units }));
        const add = (lines: Array<{ stateUnits: number; outsideQuotaUnits: number }>) => [
          lines.reduce((n, l) => n + l.stateUnits, 0),
          lines.reduce((n, l) => n + l.outsideQuotaUnits, 0),
        ];
        const expected = [d.total.stateUnits, d.total.outsideQuotaUnits];
        expect(add(d.establishments)).toEqual(expected);
        expect(add(d.byDepartement)).toEqual(expected);
        expect(add(d.byCategory)).toEqual(expected);
        expect(d.total.stateUnits + d.total.outsideQuotaUnits).toBe(units.filter((u) => d.categories.some((c) => c.code === u.categoryCode)).reduce((n, u) => n + u.units, 0));
      }),
    );
  });
});
