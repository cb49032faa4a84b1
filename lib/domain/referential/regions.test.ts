import { describe, expect, it } from "vitest";
import {
  DEPARTEMENTS,
  FINESS_DEPARTEMENTS,
  REGIONS,
  communeCodeOfFinessFields,
  departementFromFinessCode,
  departementOfCommune,
  regionOfDepartement,
  regionalContact,
} from "./regions";

describe("ARS regions and départements", () => {
  it("has the 18 ARS, each with a mailbox", () => {
    expect(REGIONS).toHaveLength(18);
    expect(new Set(REGIONS.map((r) => r.code)).size).toBe(18);
    for (const region of REGIONS) expect(region.seedMailbox).toMatch(/@ars\.sante\.fr$/);
  });

  it("covers the 96 metropolitan départements, 5 overseas ones and Saint-Barthélemy and Saint-Martin with an ARS", () => {
    const withArs = DEPARTEMENTS.filter((d) => d.regionCode);
    expect(withArs).toHaveLength(103);
    expect(new Set(DEPARTEMENTS.map((d) => d.code)).size).toBe(DEPARTEMENTS.length);
    expect(new Set(FINESS_DEPARTEMENTS.map((d) => d.finessCode)).size).toBe(FINESS_DEPARTEMENTS.length);
    expect(DEPARTEMENTS.filter((d) => !d.regionCode).map((d) => d.code)).toEqual(["975", "986", "987", "988"]);
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

// Real FINESS lines (May 2026 extract): the number says 97/98, the record's département field says where.
describe("regions from the FINESS record, overseas included", () => {
  const REAL = [
    // finess, departement field, commune field, INSEE commune, ARS
    ["970100400", "9A", "127", "97127", "Guadeloupe"], // C.H. Louis Constant Fleming, Saint-Martin
    ["970102018", "9A", "123", "97123", "Guadeloupe"], // PMI Saint-Barthélemy
    ["970210126", "9B", "207", "97207", "Martinique"], // CMPP intersectoriel, Ducos
    ["970300026", "9C", "302", "97302", "Guyane"], // CH de Cayenne
    ["970400024", "9D", "411", "97411", "La Réunion"], // CHU site Félix Guyon
    ["980501506", "9F", "606", "97606", "Mayotte"], // Lieu de vie Mavouna Mema 1, Chirongui
    ["010000024", "01", "451", "01451", "Auvergne-Rhône-Alpes"], // CH de Fleyriat
    ["2A0000022", "2A", "004", "2A004", "Corse"],
  ] as const;

  it.each(REAL)("%s (%s, commune %s) is in %s's ARS", (_finess, departement, commune, insee, ars) => {
    const fromRecord = departementFromFinessCode(departement);
    expect(regionOfDepartement(fromRecord?.code)?.name).toBe(ars);
    expect(communeCodeOfFinessFields(departement, commune)).toBe(insee);
    expect(departementOfCommune(insee)?.code).toBe(fromRecord?.code);
  });

  it("says who to contact where none of the 18 ARS covers the territory", () => {
    // 980600027, Hôpital de Sia, Wallis-et-Futuna: département field 9J, commune 613.
    const wallis = departementFromFinessCode("9J");
    expect(wallis?.code).toBe("986");
    expect(regionOfDepartement(wallis?.code)).toBeUndefined();
    expect(regionalContact(wallis?.code)).toEqual({
      kind: "no-ars",
      territory: "Wallis-et-Futuna",
      authority: "l'Agence de santé du territoire des îles Wallis et Futuna",
    });
    for (const code of ["975", "986", "987", "988"]) expect(regionalContact(code)).toMatchObject({ kind: "no-ars" });
    expect(regionalContact("971")).toMatchObject({ kind: "ars", region: { name: "Guadeloupe", seedMailbox: "ars971-alerte@ars.sante.fr" } });
    expect(regionalContact(null)).toBeUndefined();
    expect(regionalContact("00")).toBeUndefined();
  });

  it("reads Saint-Barthélemy's and Saint-Martin's own codes, and the Pacific ones", () => {
    expect(departementOfCommune("97701")).toMatchObject({ code: "977", regionCode: "01" });
    expect(departementOfCommune("97801")).toMatchObject({ code: "978", regionCode: "01" });
    expect(departementOfCommune("98735")).toMatchObject({ code: "987", regionCode: null });
    expect(departementOfCommune("98818")).toMatchObject({ code: "988", regionCode: null });
    expect(departementOfCommune("75056")?.code).toBe("75");
    expect(departementOfCommune("2B033")?.code).toBe("2B");
    expect(departementOfCommune("20004")).toBeUndefined();
    expect(departementOfCommune("9A123")).toBeUndefined();
    expect(communeCodeOfFinessFields("9A", "")).toBeNull();
    expect(communeCodeOfFinessFields("ZZ", "123")).toBeNull();
  });
});
