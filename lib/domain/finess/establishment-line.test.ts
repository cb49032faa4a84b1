import { describe, expect, it } from "vitest";
import { parseEstablishmentFields, placeholderLegalEntityName } from "./establishment-line";
import { splitExtractLine } from "./extract-fields";

// CH de Fleyriat, as the public extract has it (recent format: 32 fields, the last one empty).
const FLEYRIAT =
  "structureet;010000024;010780054;CH DE FLEYRIAT;CENTRE HOSPITALIER DE BOURG-EN-BRESSE FLEYRIAT;;;900;RTE;DE PARIS;;;451;01;AIN;01440 VIRIAT;0474454647;0474454114;355;Centre Hospitalier (C.H.);1102;Centres Hospitaliers;26010004500012;8610Z;03;ARS établissements Publics de santé dotation globale;1;Etablissement public de santé;1979-02-13;1979-02-13;2020-02-04;";

function fields(changes: Record<number, string> = {}): string[] {
  const values = splitExtractLine(FLEYRIAT)!;
  for (const [position, value] of Object.entries(changes)) values[Number(position)] = value;
  return values;
}

function reason(changes: Record<number, string>): string | undefined {
  const result = parseEstablishmentFields(fields(changes));
  return result.ok ? undefined : result.reason;
}

describe("parseEstablishmentFields", () => {
  it("shapes the real line for the referential", () => {
    expect(parseEstablishmentFields(fields())).toEqual({
      ok: true,
      record: {
        finess: "010000024",
        legalEntityFiness: "010780054",
        name: "CENTRE HOSPITALIER DE BOURG-EN-BRESSE FLEYRIAT",
        shortName: "CH DE FLEYRIAT",
        longName: "CENTRE HOSPITALIER DE BOURG-EN-BRESSE FLEYRIAT",
        categoryCode: "355",
        categoryLabel: "Centre Hospitalier (C.H.)",
        departementCode: "01",
        communeCode: "01451",
        addressLine: "900 RTE DE PARIS",
        postalLine: "01440 VIRIAT",
        phone: "0474454647",
        siret: "26010004500012",
        finessUpdatedOn: "2020-02-04",
        legalEntitySector: "PUBLIC",
      },
    });
  });

  it("accepts the older 31-field format, without the final ;", () => {
    expect(parseEstablishmentFields(fields().slice(0, 31)).ok).toBe(true);
  });

  it("rejects another field count", () => {
    expect(parseEstablishmentFields(fields().slice(0, 20))).toEqual({
      ok: false,
      reason: "Nombre de champs incorrect : 20 au lieu de 31 (ou 32 avec le « ; » final).",
    });
  });

  it("rejects an invalid ET or EJ number", () => {
    expect(reason({ 1: "010000025" })).toBe("Numéro FINESS ET « 010000025 » invalide : clé de contrôle fausse.");
    expect(reason({ 2: "010780055" })).toBe("Numéro FINESS EJ « 010780055 » invalide : clé de contrôle fausse.");
  });

  it("rejects a line without raison sociale", () => {
    expect(reason({ 3: " " })).toBe("Raison sociale (rs) manquante.");
  });

  it("translates FINESS département codes to INSEE ones, Corsica and overseas included", () => {
    const departement = (code: string) => {
      const result = parseEstablishmentFields(fields({ 13: code }));
      return result.ok ? result.record.departementCode : result.reason;
    };
    expect(departement("2A")).toBe("2A");
    expect(departement("2B")).toBe("2B");
    expect(departement("9A")).toBe("971");
    expect(departement("9D")).toBe("974");
    expect(departement("9F")).toBe("976");
    expect(departement("20")).toBe("Département FINESS « 20 » inconnu.");
  });

  it("rejects a category that is not 3 digits, or without its label", () => {
    expect(reason({ 18: "35" })).toBe("Catégorie d'établissement « 35 » invalide : 3 chiffres attendus.");
    expect(reason({ 19: "" })).toBe("Libellé de la catégorie d'établissement (libcategetab) manquant.");
  });

  it("reads the legal entity's sector only from codesph = 1", () => {
    const sector = (codesph: string) => {
      const result = parseEstablishmentFields(fields({ 26: codesph }));
      return result.ok && result.record.legalEntitySector;
    };
    expect(sector("0")).toBe("UNKNOWN");
    expect(sector("")).toBe("UNKNOWN");
  });

  it("writes the address as a label prints it", () => {
    const address = (changes: Record<number, string>) => {
      const result = parseEstablishmentFields(fields(changes));
      return result.ok && result.record.addressLine;
    };
    expect(address({ 6: "BATIMENT B", 10: "B", 11: "CS 20100" })).toBe("BATIMENT B, 900 B RTE DE PARIS, CS 20100");
    expect(address({ 7: "", 8: "", 9: "", 11: "BP 12" })).toBe("BP 12");
    expect(address({ 7: "", 8: "", 9: "" })).toBeNull();
  });

  it("drops a malformed siret or datemaj rather than the line", () => {
    const result = parseEstablishmentFields(fields({ 22: "2601000450", 30: "04/02/2020" }));
    expect(result.ok && [result.record.siret, result.record.finessUpdatedOn]).toEqual([null, null]);
  });

  it("keeps optional fields null when blank", () => {
    const result = parseEstablishmentFields(fields({ 4: "", 15: "", 16: "" }));
    expect(result.ok && [result.record.longName, result.record.postalLine, result.record.phone]).toEqual([null, null, null]);
  });
});

describe("placeholderLegalEntityName", () => {
  it("says what it is, not the establishment's name", () => {
    expect(placeholderLegalEntityName("010780054")).toBe("Entité juridique 010780054");
  });
});
