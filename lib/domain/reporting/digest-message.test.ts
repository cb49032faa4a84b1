import { describe, expect, it } from "vitest";
import { buildDashboard } from "./dashboard";
import { digestSubject, digestText } from "./digest-message";

describe("the weekly digest message", () => {
  const dashboard = buildDashboard({
    week: "2026-W47",
    trendWeeks: ["2026-W47"],
    tensionByWeek: new Map([["2026-W47", new Set(["MASQUES_FFP2"])]]),
    categories: [{ code: "MASQUES_FFP2", name: "Masques FFP2", unitLabel: "masque", quotaPerCapacityUnit: 1, quotaPerStaffMember: 0.5 }],
    categoryChosen: false,
    establishments: [
      { finess: "010005015", name: "CH DE BELLEY", departementCode: "01", departementName: "Ain", regionCode: "84", categoryCode: "355", categoryLabel: "CH", capacity: 310, salariedStaff: 650 },
    ],
    units: [{ finess: "010005015", categoryCode: "MASQUES_FFP2", kind: "STATE_STOCK", units: 1600 }],
    statuses: [{ finess: "010005015", status: "SUBMITTED", orders: 2 }],
    trend: [],
    overrides: [],
    departements: [{ code: "01", name: "Ain" }, { code: "03", name: "Allier" }],
    regions: [{ code: "84", name: "Auvergne-Rhône-Alpes" }],
    mapLevel: "departement",
    emergencies: [],
  });

  it("names the week and the region", () => {
    expect(digestSubject("Auvergne-Rhône-Alpes", "2026-W47")).toBe("Distrilog-santé – synthèse hebdomadaire 2026-W47 – Auvergne-Rhône-Alpes");
  });

  it("gives the totals, the départements with establishments, and the attachment's name", () => {
    const text = digestText(dashboard, "Auvergne-Rhône-Alpes", "tableau-de-bord-84-2026-W47.xlsx").replace(/[\u202f\u00a0]/g, " ");
    expect(text).toContain("- Commandes : 2");
    expect(text).toContain("- Commandé sur stock État : 1 600 unités, pour un contingent de 635 unités (252 %)");
    expect(text).toContain("- 01 Ain : 1 600 unités sur stock État (252 % du contingent), 2 commande(s)");
    expect(text).not.toContain("Allier");
    expect(text).toContain("(tableau-de-bord-84-2026-W47.xlsx)");
  });
});
