import { describe, expect, it } from "vitest";
import { DEPARTEMENTS, REGIONS, departementFromFinessCode, regionOfFiness } from "./regions";

describe("ARS regions and départements", () => {
  it("has the 18 ARS, each with a mailbox", () => {
    expect(REGIONS).toHaveLength(18);
    expect(new Set(REGIONS.map((r) => r.code)).size).toBe(18);
    for (const region of REGIONS) expect(region.mailbox).toMatch(/@ars\.sante\.fr$/);
  });

  it("covers the 96 metropolitan départements and 5 overseas ones with an ARS", () => {
    const withArs = DEPARTEMENTS.filter((d) => d.regionCode);
    expect(withArs).toHaveLength(101);
    expect(new Set(DEPARTEMENTS.map((d) => d.code)).size).toBe(DEPARTEMENTS.length);
    expect(new Set(DEPARTEMENTS.map((d) => d.finessCode)).size).toBe(DEPARTEMENTS.length);
    for (const region of REGIONS) expect(withArs.some((d) => d.regionCode === region.code)).toBe(true);
  });

  it("matches the guide's table for a few regions", () => {
    const of = (region: string) => DEPARTEMENTS.filter((d) => d.regionCode === region).map((d) => d.code).sort();
    expect(of("11")).toEqual(["75", "77", "78", "91", "92", "93", "94", "95"]);
    expect(of("94")).toEqual(["2A", "2B"]);
    expect(of("84")).toEqual(["01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74"]);
  });

  it("maps FINESS département codes, including Corsica and overseas letters", () => {
    expect(departementFromFinessCode("2A")?.regionCode).toBe("94");
    expect(departementFromFinessCode("9A")).toMatchObject({ code: "971", regionCode: "01" });
    expect(departementFromFinessCode("9F")).toMatchObject({ code: "976", regionCode: "06" });
    expect(departementFromFinessCode("9E")).toMatchObject({ code: "975", regionCode: null });
    expect(departementFromFinessCode(" 69 ")?.regionCode).toBe("84");
    expect(departementFromFinessCode("20")).toBeUndefined();
  });
});

describe("regionOfFiness", () => {
  it("reads the région from the FINESS département prefix, Corsica and overseas included", () => {
    expect(regionOfFiness("690812342")?.mailbox).toBe("ARS-ARA-distrilog-sante@ars.sante.fr");
    expect(regionOfFiness("2A0000014")?.name).toBe("Corse");
    expect(regionOfFiness("9D0000000")?.name).toBe("La Réunion");
    expect(regionOfFiness("9E0000000")).toBeUndefined();
    expect(regionOfFiness("")).toBeUndefined();
  });
});
