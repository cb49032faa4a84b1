import { describe, expect, it } from "vitest";
import { buildDashboard } from "./dashboard";
import { digestSubject, digestText } from "./digest-message";

describe("the weekly digest message", () => {
  const dashboard = buildDashboard({
    week: "2026-W47",
    weeks: ["2026-W47"],
    trendWeeks: ["2026-W47"],
    tensionByWeek: new Map([["2026-W47", new Set(["MASQUES_FFP2"])]]),
    categories: [{ code: "MASQUES_FFP2", name: "Masques FFP2", unitLabel: "masque", quotaPerCapacityUnit: 1, quotaPerStaffMember: 0.5, parameterChanges: [] }],
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
    expect(text).toContain("- 01 Ain : 1 600 unités sur stock État (252 % du contingent), 2 commandes");
    expect(text).not.toContain("Allier");
    expect(text).toContain("(tableau-de-bord-84-2026-W47.xlsx)");
  });

  it("names the establishments under three weeks of cover, medico-social first, and counts each sector", () => {
    const row = (finess: string, name: string, sector: "MEDICO_SOCIAL" | "SANITAIRE", weeks: number) => ({
      account: { finess, name, departementCode: "69", sector, categories: [], lastDeclaredAt: null },
      category: {
        code: "GANTS",
        name: "Gants",
        unitLabel: "gant",
        forecast: null,
        explanation: "",
        cover: { status: "BELOW_TARGET" as const, stockUnits: 100, declaredAt: null, weeklyConsumption: 100 / weeks, weeksOfCover: weeks, products: [] },
      },
    });
    const rows = [row("690781240", "EHPAD LES GLYCINES", "MEDICO_SOCIAL", 1.33), row("690812342", "CLINIQUE DU PARC", "SANITAIRE", 0.5)];
    const text = digestText(dashboard, "Auvergne-Rhône-Alpes", "x.xlsx", rows);
    expect(text).toContain("Établissements sous 3 semaines de couverture : 2 (médico-social : 1, sanitaire : 1), le médico-social d'abord :");
    expect(text).toContain("- EHPAD LES GLYCINES (69, médico-social) : gants, 1,3 semaine\n- CLINIQUE DU PARC (69, sanitaire) : gants, 0,5 semaine");
    const many = Array.from({ length: 12 }, (_, i) => row(`69000000${i}`, `EHPAD ${i}`, "MEDICO_SOCIAL", 1));
    expect(digestText(dashboard, "Auvergne-Rhône-Alpes", "x.xlsx", many)).toContain("- et 2 autres catégories sous l'objectif");
    expect(digestText(dashboard, "Auvergne-Rhône-Alpes", "x.xlsx")).toContain("Aucun établissement suivi n'est sous 3 semaines de couverture.");
  });

  it("gives the region's cover summary, the unknown and why, before the establishments under target", () => {
    const summary = {
      accounts: 40,
      below: 3,
      atOrAbove: 9,
      unknown: 28,
      unknownBy: { NEVER_DECLARED: 25, ONE_DECLARATION: 2, STALE: 1 },
      belowShareOfKnown: 0.25,
      unknownShare: 0.7,
      reportingRate: 14 / 40,
    };
    const text = digestText(dashboard, "Auvergne-Rhône-Alpes", "x.xlsx", [], summary).replace(/[\u202f\u00a0]/g, " ");
    expect(text).toContain(
      [
        "Couverture de stock des 40 établissements éligibles ou suivis de la région :",
        "- sous 3 semaines : 3 (25 % des couvertures connues)",
        "- 3 semaines ou plus : 9",
        "- inconnue : 28 (70 %) — jamais déclaré : 25, une seule déclaration : 2, déclaration de plus de 14 jours : 1",
        "- taux de déclaration (déclaration de moins de 14 jours) : 35 %",
        "",
        "Aucun établissement suivi n'est sous 3 semaines de couverture.",
      ].join("\n"),
    );
  });

  it("keeps a category's acronym in the sentence: « masques FFP2 », not « masques ffp2 »", () => {
    const masks = {
      account: { finess: "010005015", name: "CH DE BELLEY", departementCode: "01", sector: "SANITAIRE" as const, categories: [], lastDeclaredAt: null },
      category: {
        code: "MASQUES_FFP2",
        name: "Masques FFP2",
        unitLabel: "masque",
        forecast: null,
        explanation: "",
        cover: { status: "BELOW_TARGET" as const, stockUnits: 100, declaredAt: null, weeklyConsumption: 61, weeksOfCover: 1.64, products: [] },
      },
    };
    expect(digestText(dashboard, "Auvergne-Rhône-Alpes", "x.xlsx", [masks])).toContain("- CH DE BELLEY (01, sanitaire) : masques FFP2, 1,6 semaine");
  });
});
