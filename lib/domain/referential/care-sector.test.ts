import { describe, expect, it } from "vitest";
import { careSectorOf, isCareSector } from "./care-sector";
import { GUIDE_ELIGIBLE_CATEGORIES } from "./categories";

describe("care sector of a FINESS category", () => {
  it("files hospitals and clinics under sanitaire", () => {
    for (const code of ["101", "106", "355", "365", "128", "292", "127"]) expect(careSectorOf(code)).toBe("SANITAIRE");
  });

  it("files EHPAD, disability and addiction services under médico-social", () => {
    for (const code of ["500", "501", "502", "202", "183", "255", "437", "354", "197", "178"]) expect(careSectorOf(code)).toBe("MEDICO_SOCIAL");
  });

  it("classifies every eligible category of the guide but « Entité Ayant Autorisation », which may hold either", () => {
    const unclassified = GUIDE_ELIGIBLE_CATEGORIES.filter(([code]) => careSectorOf(code) === "AUTRE").map(([code]) => code);
    expect(unclassified).toEqual(["699"]);
  });

  it("calls a pharmacy or an unknown code « autre »", () => {
    expect(careSectorOf("620")).toBe("AUTRE");
    expect(careSectorOf("999")).toBe("AUTRE");
  });

  it("recognises a sector given in a query string", () => {
    expect(isCareSector("MEDICO_SOCIAL")).toBe(true);
    expect(isCareSector("medico")).toBe(false);
    expect(isCareSector(null)).toBe(false);
  });
});
