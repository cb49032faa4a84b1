import { describe, expect, it } from "vitest";
import { z } from "./zod";
import { createDecreeSchema, tensionSimulationSchema } from "./tension";

const decree = { categoryCode: "MASQUES_FFP2", startsAt: "2026-11-23T08:00", endsAt: "", reason: "Arrêté du 20 novembre 2026" };
const errors = (input: object) => {
  const result = createDecreeSchema.safeParse(input);
  return result.error ? z.flattenError(result.error).fieldErrors : {};
};

describe("tension decree schema", () => {
  it("reads the dates as Paris local times; an empty end is open-ended", () => {
    expect(createDecreeSchema.parse(decree)).toEqual({
      categoryCode: "MASQUES_FFP2",
      startsAt: new Date("2026-11-23T07:00:00Z"),
      endsAt: null,
      reason: "Arrêté du 20 novembre 2026",
    });
    expect(createDecreeSchema.parse({ ...decree, endsAt: "2027-06-30T18:00" }).endsAt).toEqual(new Date("2027-06-30T16:00:00Z"));
  });

  it("requires a start, a reason, and an end after the start", () => {
    expect(errors({ ...decree, startsAt: "", reason: " " })).toEqual({
      startsAt: ["Indiquez la date et l'heure de début du décret."],
      reason: ["Indiquez le motif du décret (par exemple sa référence au Journal officiel)."],
    });
    expect(errors({ ...decree, endsAt: "2026-11-23T08:00" })).toEqual({ endsAt: ["La fin du décret doit être postérieure à son début."] });
    expect(errors({ ...decree, endsAt: "2026-11-22T08:00" })).toHaveProperty("endsAt");
  });

  it("explains a time that the spring change skips, and a malformed one", () => {
    expect(errors({ ...decree, startsAt: "2026-03-29T02:30" }).startsAt?.[0]).toMatch(/n'existe pas à Paris/);
    expect(errors({ ...decree, endsAt: "demain" }).endsAt).toEqual(["Fin : indiquez une date et une heure valides."]);
  });
});

describe("tension simulation schema", () => {
  it("reads one ticked category or several, each once, French decimals, and an empty or absent parameter as « each category's current one »", () => {
    expect(tensionSimulationSchema.parse({ categorie: "MASQUES_FFP2", parLit: "1,5", parSalarie: "0,25" })).toEqual({
      categorie: ["MASQUES_FFP2"],
      parLit: 1.5,
      parSalarie: 0.25,
    });
    expect(tensionSimulationSchema.parse({ categorie: ["GANTS", "MASQUES_FFP2", "GANTS"], parLit: " ", parSalarie: undefined })).toEqual({
      categorie: ["GANTS", "MASQUES_FFP2"],
    });
  });

  it.each([
    [{ parLit: "2", parSalarie: "" }, ["categorie"], "Cochez au moins une catégorie d'EPI à simuler."],
    [{ categorie: "", parLit: "1" }, ["categorie"], "Cochez au moins une catégorie d'EPI à simuler."],
    [{ categorie: ["GANTS", "x".repeat(31)] }, ["categorie", 1], "Catégorie d'EPI inconnue."],
    [{ categorie: "GANTS", parLit: "beaucoup" }, ["parLit"], "Unités par lit ou place : indiquez un nombre positif ou nul, avec au plus 4 décimales, par exemple 1,5."],
    [{ categorie: "GANTS", parSalarie: "-1" }, ["parSalarie"], "Unités par salarié : indiquez un nombre positif ou nul, avec au plus 4 décimales, par exemple 1,5."],
  ])("refuses %j in French", (input, path, message) => {
    const parsed = tensionSimulationSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toEqual([expect.objectContaining({ path, message })]);
  });
});
