import { describe, expect, it } from "vitest";
import { ORDER_STATUSES } from "../orders/order-status";
import type { EstablishmentLine } from "./dashboard";
import { arrangeEstablishments } from "./establishment-list";

const line = (finess: string, name: string, departementCode: string, orders: number, ffp2: number, consumption: number | null): EstablishmentLine => ({
  finess,
  name,
  departementCode,
  departementName: "",
  regionCode: "84",
  categoryCode: "365",
  categoryLabel: "Clinique",
  capacity: 10,
  salariedStaff: 10,
  stateUnits: ffp2,
  quotaUnits: null,
  outsideQuotaUnits: 0,
  consumption,
  byCategory: { MASQUES_FFP2: { stateUnits: ffp2, quotaUnits: null, outsideQuotaUnits: 0, consumption } },
  orders,
  statuses: { ...(Object.fromEntries(ORDER_STATUSES.map((s) => [s, 0])) as EstablishmentLine["statuses"]), SUBMITTED: orders },
});

// The dashboard's order: département, then name.
const LINES = [line("1", "CHU NORD", "38", 2, 500, 0.5), line("2", "EHPAD ÉGLANTINE", "69", 0, 0, null), line("3", "CLINIQUE DU PARC", "69", 1, 100, 0.25), line("4", "ARCHE", "69", 0, 0, 0)];
const finesses = (lines: EstablishmentLine[]) => lines.map((l) => l.finess);

describe("the dashboard's establishments list", () => {
  it("keeps it as built without options", () => {
    expect(finesses(arrangeEstablishments(LINES, {}))).toEqual(["1", "2", "3", "4"]);
  });

  it("keeps only the establishments without an order of the week", () => {
    expect(finesses(arrangeEstablishments(LINES, { withoutOrder: true }))).toEqual(["2", "4"]);
  });

  it("sorts by a column either way, unknown consumption last, ties in the dashboard's order", () => {
    expect(finesses(arrangeEstablishments(LINES, { sort: "etablissement" }))).toEqual(["4", "1", "3", "2"]);
    expect(finesses(arrangeEstablishments(LINES, { sort: "commandes", direction: "decroissant" }))).toEqual(["1", "3", "2", "4"]);
    expect(finesses(arrangeEstablishments(LINES, { sort: "consommation" }))).toEqual(["4", "3", "1", "2"]);
    expect(finesses(arrangeEstablishments(LINES, { sort: "consommation", direction: "decroissant" }))).toEqual(["1", "3", "4", "2"]);
    expect(finesses(arrangeEstablishments(LINES, { sort: "epi-MASQUES_FFP2", direction: "decroissant" }))).toEqual(["1", "3", "2", "4"]);
    expect(finesses(arrangeEstablishments(LINES, { sort: "epi-GANTS" }))).toEqual(["1", "2", "3", "4"]);
  });

  it("combines the filter and the sort", () => {
    expect(finesses(arrangeEstablishments(LINES, { withoutOrder: true, sort: "etablissement" }))).toEqual(["4", "2"]);
  });
});
