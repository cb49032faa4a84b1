import { describe, expect, it } from "vitest";
import { buildDashboard } from "./dashboard";
import { dashboardCsv, dashboardTables, ESTABLISHMENTS_SHEET, exportFilename } from "./export-tables";

const dashboard = buildDashboard({
  week: "2026-W47",
  weeks: ["2026-W47"],
  trendWeeks: ["2026-W47"],
  tensionByWeek: new Map([["2026-W47", new Set(["MASQUES_FFP2"])]]),
  categories: [{ code: "MASQUES_FFP2", name: "Masques FFP2", unitLabel: "masque", quotaPerCapacityUnit: 1, quotaPerStaffMember: 0.5, parameterChanges: [] }],
  categoryChosen: false,
  establishments: [
    { finess: "690812342", name: "=CLINIQUE", departementCode: "69", departementName: "Rhône", regionCode: "84", categoryCode: "365", categoryLabel: "Clinique", capacity: 180, salariedStaff: 420 },
  ],
  units: [{ finess: "690812342", categoryCode: "MASQUES_FFP2", kind: "STATE_STOCK", units: 200 }],
  statuses: [{ finess: "690812342", status: "SUBMITTED", orders: 1 }],
  trend: [],
  overrides: [],
  departements: [{ code: "69", name: "Rhône" }],
  regions: [{ code: "84", name: "Auvergne-Rhône-Alpes" }],
  mapLevel: "departement",
  emergencies: [],
});
const context = { scope: "Auvergne-Rhône-Alpes", week: "2026-W47", filters: [], generatedAt: new Date("2026-11-23T07:00:00Z") };

describe("dashboard exports", () => {
  it("have typed columns, a header row and one row per establishment, ratios as fractions", () => {
    const table = dashboardTables(dashboard, context).find((t) => t.sheet === ESTABLISHMENTS_SHEET)!;
    expect(table.columns.length).toBe(table.rows[0].length);
    const cell = (header: string) => table.rows[0][table.columns.findIndex((c) => c.header === header)];
    expect(cell("Stock État (unités)")).toBe(200);
    expect(cell("Contingent (unités)")).toBe(390);
    expect(cell("Consommation du contingent (%)")).toBeCloseTo(0.5128, 3);
    expect(cell("Masques FFP2 – contingent (unités)")).toBe(390);
    expect(table.columns.find((c) => c.header === "Commandes")?.type).toBe("integer");
  });

  it("write the establishments table as CSV, percentages whole and formulas defused", () => {
    const lines = dashboardCsv(dashboard, context).split("\r\n");
    expect(lines[0].startsWith('\uFEFF"FINESS";"Établissement";"Région"')).toBe(true);
    expect(lines[1]).toContain(`"690812342";"'=CLINIQUE";"Auvergne-Rhône-Alpes";"69";"Rhône";"365";"Clinique";180;1;`);
    expect(lines[1]).toContain(";200;390;51;0;200;390;0");
  });

  it("are named after the scope and the week", () => {
    expect(exportFilename({ kind: "region", regionCode: "84" }, "2026-W47", "xlsx")).toBe("tableau-de-bord-84-2026-W47.xlsx");
    expect(exportFilename({ kind: "national" }, "2026-W47", "csv")).toBe("tableau-de-bord-france-2026-W47.csv");
  });
});
