import { describe, expect, it } from "vitest";
import type { CategoryCoverView } from "./account-cover";
import { coverCsv } from "./cover-csv";
import type { CoverStatus } from "./cover";
import { belowTargetRows, departementShares, inSector, overdueAccounts, shareBand, type AccountCoverRow } from "./region-cover";

const DAY = 86_400_000;
const now = new Date("2026-11-23T09:00:00Z");
const daysAgo = (n: number) => new Date(now.getTime() - n * DAY);

function category(code: string, status: CoverStatus, weeksOfCover: number | null, explanation = "…"): CategoryCoverView {
  return {
    code,
    name: code === "FFP2" ? "Masques FFP2" : "Gants",
    unitLabel: "masque",
    forecast: null,
    explanation,
    cover: { status, stockUnits: 300, declaredAt: daysAgo(1), weeklyConsumption: weeksOfCover ? 300 / weeksOfCover : null, weeksOfCover, products: [] },
  };
}

const account = (finess: string, departementCode: string, categories: CategoryCoverView[], lastDeclaredAt: Date | null, sector: AccountCoverRow["sector"] = "SANITAIRE"): AccountCoverRow => ({
  finess,
  name: `ETABLISSEMENT ${finess}`,
  departementCode,
  sector,
  categories,
  lastDeclaredAt,
});

const accounts = [
  account("690000003", "69", [category("FFP2", "BELOW_TARGET", 2), category("GANTS", "BELOW_TARGET", 0.5)], daysAgo(1)),
  account("690000001", "69", [category("FFP2", "ON_TARGET", 4)], daysAgo(20)),
  account("630000001", "63", [category("FFP2", "NOT_DECLARED", null)], null),
  account("380000001", "38", [category("FFP2", "BELOW_TARGET", 2)], daysAgo(15)),
];

describe("the ARS's view of its region", () => {
  it("lists every category under target, the shortest cover first", () => {
    expect(belowTargetRows(accounts).map((r) => `${r.account.finess} ${r.category.code}`)).toEqual([
      "690000003 GANTS",
      "380000001 FFP2",
      "690000003 FFP2",
    ]);
  });

  it("puts medico-social establishments under target first, then the shortest cover; or the shortest cover alone", () => {
    const ehpad = account("690000020", "69", [category("FFP2", "BELOW_TARGET", 2.5)], daysAgo(1), "MEDICO_SOCIAL");
    const rows = (order?: "COVER") => belowTargetRows([...accounts, ehpad], order).map((r) => `${r.account.finess} ${r.category.code}`);
    expect(rows()).toEqual(["690000020 FFP2", "690000003 GANTS", "380000001 FFP2", "690000003 FFP2"]);
    expect(rows("COVER")).toEqual(["690000003 GANTS", "380000001 FFP2", "690000003 FFP2", "690000020 FFP2"]);
  });

  it("filters the accounts of one sector", () => {
    const ehpad = account("690000020", "69", [], null, "MEDICO_SOCIAL");
    expect(inSector([...accounts, ehpad], "MEDICO_SOCIAL").map((a) => a.finess)).toEqual(["690000020"]);
    expect(inSector([...accounts, ehpad], null)).toHaveLength(5);
  });

  it("lists accounts silent for more than two weeks, those that never declared first", () => {
    expect(overdueAccounts(accounts, now).map((a) => a.finess)).toEqual(["630000001", "690000001", "380000001"]);
  });

  it("shades each département by its share under target among the accounts whose cover is known", () => {
    const shares = departementShares(
      accounts,
      [
        { code: "69", name: "Rhône" },
        { code: "63", name: "Puy-de-Dôme" },
        { code: "01", name: "Ain" },
      ],
      now,
    );
    // 690000001 declared 20 days ago: unknown, not « at target »; 630000001 never declared: unknown, not « 0 % ».
    expect(shares).toEqual([
      { code: "69", name: "Rhône", accounts: 2, known: 1, belowTarget: 1, share: 1, unknown: 1 },
      { code: "63", name: "Puy-de-Dôme", accounts: 1, known: 0, belowTarget: 0, share: null, unknown: 1 },
      { code: "01", name: "Ain", accounts: 0, known: 0, belowTarget: 0, share: null, unknown: 0 },
    ]);
    expect(shares.map((s) => shareBand(s.share))).toEqual([4, 0, 0]);
    expect(shareBand(0)).toBe(1);
    expect(shareBand(0.2)).toBe(2);
    expect(shareBand(0.51)).toBe(4);
  });
});

describe("the ARS's CSV export", () => {
  it("has a line per declared category, a line for an account that never declared, and no formula", () => {
    const csv = coverCsv([
      account("690000003", "69", [category("FFP2", "BELOW_TARGET", 2.25, "Au rythme de 150 masques; bientôt")], new Date("2026-11-22T09:00:00Z")),
      { ...account("630000001", "63", [category("FFP2", "NOT_DECLARED", null)], null), name: "=HYPERLINK(\"x\")" },
    ], now);
    const lines = csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(lines[0]).toBe(
      '"FINESS";"Établissement";"Département";"Dernière déclaration";"Catégorie";"Stock déclaré (unités)";"Consommation hebdomadaire estimée (unités)";"Semaines de couverture";"Sous l\'objectif de 3 semaines";"Prévision";"Couverture de l\'établissement"',
    );
    expect(lines[1]).toBe('"690000003";"ETABLISSEMENT 690000003";"69";"22/11/2026 10:00";"Masques FFP2";300;"133,3";"2,2";"oui";"Au rythme de 150 masques; bientôt";"Sous 3 semaines"');
    expect(lines[2]).toBe(`"630000001";"'=HYPERLINK(""x"")";"63";"jamais";"";"";"";"";"";"Aucune déclaration de stock";"Inconnue (jamais déclaré)"`);
  });
});
