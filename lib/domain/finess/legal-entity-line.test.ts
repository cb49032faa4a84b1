import { describe, expect, it } from "vitest";
import { splitExtractLine } from "./extract-fields";
import { parseLegalEntityFields } from "./legal-entity-line";

const CH_BOURG =
  "structureej;010780054;CH DE BOURG-EN-BRESSE;CENTRE HOSPITALIER DE BOURG-EN-BRESSE;;900;RTE;DE PARIS;;;;451;01440 VIRIAT;01;AIN;0474454647;13;Etablissement Public Communal d'Hospitalisation;;;260100045;8610Z;1979-02-13;";

function fields(changes: Record<number, string> = {}): string[] {
  const values = splitExtractLine(CH_BOURG)!;
  for (const [position, value] of Object.entries(changes)) values[Number(position)] = value;
  return values;
}

function parse(changes: Record<number, string> = {}) {
  return parseLegalEntityFields(fields(changes));
}

describe("parseLegalEntityFields", () => {
  it("shapes a structureej line for the referential", () => {
    expect(parse()).toEqual({
      ok: true,
      record: {
        finess: "010780054",
        name: "CENTRE HOSPITALIER DE BOURG-EN-BRESSE",
        shortName: "CH DE BOURG-EN-BRESSE",
        longName: "CENTRE HOSPITALIER DE BOURG-EN-BRESSE",
        statusCode: "13",
        statusLabel: "Etablissement Public Communal d'Hospitalisation",
        sector: "PUBLIC",
        departementCode: "01",
      },
    });
  });

  it("accepts 23 fields (no final ;) and rejects other counts", () => {
    expect(parseLegalEntityFields(fields().slice(0, 23)).ok).toBe(true);
    expect(parseLegalEntityFields(fields().slice(0, 17))).toEqual({
      ok: false,
      reason: "Nombre de champs incorrect : 17 au lieu de 23 (ou 24 avec le « ; » final).",
    });
  });

  it("falls back on rs without rslongue, and rejects a line with neither", () => {
    expect(parse({ 3: "" })).toMatchObject({ ok: true, record: { name: "CH DE BOURG-EN-BRESSE", longName: null } });
    expect(parse({ 2: "", 3: "" })).toEqual({ ok: false, reason: "Raison sociale (rs) manquante." });
  });

  it("shows the short name when the long one is only generic (real CCAS of Haute-Garonne)", () => {
    expect(parse({ 2: "CCAS BAGNERES DE LUCHON", 3: "CENTRE COMMUNAL D'ACTION SOCIALE" })).toMatchObject({
      ok: true,
      record: { name: "CCAS BAGNERES DE LUCHON", shortName: "CCAS BAGNERES DE LUCHON", longName: "CENTRE COMMUNAL D'ACTION SOCIALE" },
    });
  });

  it("derives the sector from statutjuridique", () => {
    const sector = (code: string) => {
      const result = parse({ 16: code });
      return result.ok ? result.record.sector : result.reason;
    };
    expect(sector("95")).toBe("PRIVATE_COMMERCIAL");
    expect(sector("60")).toBe("PRIVATE_NON_PROFIT");
    expect(sector("89")).toBe("PRIVATE_NON_PROFIT");
    expect(sector("90")).toBe("FOREIGN");
    expect(sector("")).toBe("UNKNOWN");
    expect(sector("7")).toBe("Statut juridique « 7 » invalide : 2 chiffres attendus.");
  });

  it("leaves the status null when blank", () => {
    expect(parse({ 16: "", 17: "" })).toMatchObject({ ok: true, record: { statusCode: null, statusLabel: null } });
  });

  it("translates the département, allows none, rejects an unknown one", () => {
    expect(parse({ 13: "9A" })).toMatchObject({ ok: true, record: { departementCode: "971" } });
    expect(parse({ 13: "" })).toMatchObject({ ok: true, record: { departementCode: null } });
    expect(parse({ 13: "20" })).toEqual({ ok: false, reason: "Département FINESS « 20 » inconnu." });
  });

  it("rejects an invalid FINESS number", () => {
    expect(parse({ 1: "010780050" })).toEqual({ ok: false, reason: "Numéro FINESS EJ « 010780050 » invalide : clé de contrôle fausse." });
  });
});
