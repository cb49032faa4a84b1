import { describe, expect, it } from "vitest";
import { z } from "./zod";
import { createQuotaOverrideSchema, quotaParametersSchema, spfCapacityThresholdSchema } from "./quota";

const fieldErrors = (result: { error?: z.ZodError }): Record<string, string[] | undefined> => (result.error ? z.flattenError(result.error).fieldErrors : {});
const override = { establishmentFiness: "690 812 342", categoryCode: "GANTS", weeklyUnits: "500", fromWeek: "2026-w48", toWeek: "", reason: "Demande de l'ARS" };

describe("quota parameters schema", () => {
  it("reads French decimals ≥ 0 and the week they apply from", () => {
    expect(quotaParametersSchema.parse({ categoryCode: "GANTS", quotaPerCapacityUnit: "1,5", quotaPerStaffMember: "0", fromWeek: "2026-w50" })).toEqual({
      categoryCode: "GANTS",
      quotaPerCapacityUnit: 1.5,
      quotaPerStaffMember: 0,
      fromWeek: "2026-W50",
    });
    expect(Object.keys(fieldErrors(quotaParametersSchema.safeParse({ categoryCode: "GANTS", quotaPerCapacityUnit: "-1", quotaPerStaffMember: "", fromWeek: "" })))).toEqual([
      "quotaPerCapacityUnit",
      "quotaPerStaffMember",
      "fromWeek",
    ]);
  });
});

describe("quota override schema", () => {
  it("normalizes the FINESS and the weeks; empty weeks are open bounds", () => {
    expect(createQuotaOverrideSchema.parse(override)).toEqual({
      establishmentFiness: "690812342",
      categoryCode: "GANTS",
      weeklyUnits: 500,
      fromWeek: "2026-W48",
      toWeek: null,
      reason: "Demande de l'ARS",
    });
  });

  it("checks the FINESS number's shape and key", () => {
    expect(fieldErrors(createQuotaOverrideSchema.safeParse({ ...override, establishmentFiness: "690812343" })).establishmentFiness).toEqual([
      "La clé de contrôle du numéro FINESS est fausse : vérifiez le numéro sur le site FINESS.",
    ]);
    expect(fieldErrors(createQuotaOverrideSchema.safeParse({ ...override, establishmentFiness: "" })).establishmentFiness).toEqual([
      "Indiquez le numéro FINESS géographique (ET) de l'établissement.",
    ]);
  });

  it("refuses weeks that are no ISO week, a range backwards, negative units and a missing reason", () => {
    expect(Object.keys(fieldErrors(createQuotaOverrideSchema.safeParse({ ...override, fromWeek: "2026-W54", toWeek: "48", weeklyUnits: "-1", reason: "" })))).toEqual([
      "weeklyUnits",
      "fromWeek",
      "toWeek",
      "reason",
    ]);
    expect(fieldErrors(createQuotaOverrideSchema.safeParse({ ...override, fromWeek: "2027-W02", toWeek: "2027-W01" }))).toEqual({
      toWeek: ["La dernière semaine ne peut pas précéder la première."],
    });
    expect(createQuotaOverrideSchema.parse({ ...override, weeklyUnits: "0", fromWeek: "2026-W52", toWeek: "2027-W01" })).toMatchObject({ weeklyUnits: 0 });
  });
});

describe("SpF capacity threshold schema", () => {
  it("is a whole number of beds and places, at least 1", () => {
    expect(spfCapacityThresholdSchema.parse({ spfCapacityThreshold: "650" })).toEqual({ spfCapacityThreshold: 650 });
    for (const value of ["0", "", "12,5", "-4"]) expect(spfCapacityThresholdSchema.safeParse({ spfCapacityThreshold: value }).success).toBe(false);
  });
});
