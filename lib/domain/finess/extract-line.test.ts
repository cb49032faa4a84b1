import { describe, expect, it } from "vitest";
import { parseExtractLine } from "./extract-line";

const ET =
  "structureet;010000024;010780054;CH DE FLEYRIAT;;;;900;RTE;DE PARIS;;;451;01;AIN;01440 VIRIAT;;;355;Centre Hospitalier (C.H.);1102;Centres Hospitaliers;;;;;1;Etablissement public de santé;;;2020-02-04";
const GEO = "geolocalisation;010000024;870262.2;6571540.8;L93;2025-09-04";
const EJ = "structureej;010780054;CH DE BOURG-EN-BRESSE;;;;;;;;;;;01;AIN;;13;Etb.Pub.Commun.Hosp.;;;;;";

describe("parseExtractLine", () => {
  it("dispatches the establishments extract's sections", () => {
    expect(parseExtractLine("establishments", ET)).toMatchObject({ section: "structureet", record: { finess: "010000024" } });
    expect(parseExtractLine("establishments", GEO)).toMatchObject({ section: "geolocalisation", record: { coordX: 870262.2 } });
  });

  it("dispatches the legal-entities extract's section", () => {
    expect(parseExtractLine("legal-entities", EJ)).toMatchObject({ section: "structureej", record: { finess: "010780054" } });
  });

  it("rejects a section the extract does not hold", () => {
    expect(parseExtractLine("establishments", EJ)).toEqual({
      section: null,
      reason: "Type de ligne « structureej » inattendu : structureet ou geolocalisation attendu.",
    });
    expect(parseExtractLine("legal-entities", ET)).toEqual({
      section: null,
      reason: "Type de ligne « structureet » inattendu : structureej attendu.",
    });
  });

  it("passes on the section's own rejection", () => {
    expect(parseExtractLine("establishments", "structureet;010000024")).toMatchObject({ section: null, reason: expect.stringMatching(/^Nombre de champs/) });
  });

  it("rejects an unbalanced quote", () => {
    expect(parseExtractLine("establishments", 'structureet;"010000024;x')).toEqual({
      section: null,
      reason: "Guillemets mal formés : un champ entre guillemets n'est pas refermé avant le « ; ».",
    });
  });
});
