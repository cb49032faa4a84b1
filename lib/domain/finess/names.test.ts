import { describe, expect, it } from "vitest";
import { identifyingName } from "./names";

// Real pairs of rs / rslongue from the FINESS extracts (establishments and legal entities).
describe("identifyingName", () => {
  it("keeps the short name when the long one is only the generic form of its acronym", () => {
    expect(identifyingName({ shortName: "CCAS BAGNERES DE LUCHON", longName: "CENTRE COMMUNAL D'ACTION SOCIALE" })).toBe(
      "CCAS BAGNERES DE LUCHON",
    );
    expect(identifyingName({ shortName: "E.H.P.A.D. EDMAR LAMA DE CAYENNE", longName: "E.H.P.A.D. DU CENTRE HOSPITALIER DE CAYENNE" })).toBe(
      "E.H.P.A.D. EDMAR LAMA DE CAYENNE",
    );
    expect(identifyingName({ shortName: "CMPP  INTERSECTORIEL ALOES", longName: "CMPP INTERSECTORIEL" })).toBe("CMPP  INTERSECTORIEL ALOES");
  });

  it("shows the long name when it spells out the short one", () => {
    expect(identifyingName({ shortName: "CH DE FLEYRIAT", longName: "CENTRE HOSPITALIER DE BOURG-EN-BRESSE FLEYRIAT" })).toBe(
      "CENTRE HOSPITALIER DE BOURG-EN-BRESSE FLEYRIAT",
    );
    expect(identifyingName({ shortName: "C.H. LOUIS CONSTANT FLEMING", longName: "CENTRE HOSPITALIER LOUIS CONSTANT FLEMING" })).toBe(
      "CENTRE HOSPITALIER LOUIS CONSTANT FLEMING",
    );
    expect(identifyingName({ shortName: "CHU ST-ÉTIENNE HÔPITAL NORD", longName: "CENTRE HOSPITALIER UNIVERSITAIRE DE SAINT-ETIENNE - HOPITAL NORD" })).toBe(
      "CENTRE HOSPITALIER UNIVERSITAIRE DE SAINT-ETIENNE - HOPITAL NORD",
    );
    expect(identifyingName({ shortName: "UAD (LA POSSESSION)-ASDR", longName: "UNITE AUTODIALYSE (LA POSSESSION)-ASDR" })).toBe(
      "UNITE AUTODIALYSE (LA POSSESSION)-ASDR",
    );
  });

  it("accepts an abbreviated word of the short name, and counts numbers", () => {
    expect(identifyingName({ shortName: "CTRE HOSPIT. DE LANNEMEZAN", longName: "CENTRE HOSPITALIER DE LANNEMEZAN" })).toBe(
      "CENTRE HOSPITALIER DE LANNEMEZAN",
    );
    expect(identifyingName({ shortName: 'LIEU DE VIE "MAVOUNA MEMA 2"', longName: "LIEU DE VIE ET D'ACCUEIL MAVOUNA MEMA" })).toBe(
      'LIEU DE VIE "MAVOUNA MEMA 2"',
    );
  });

  it("falls back on the short name without a long one", () => {
    expect(identifyingName({ shortName: "HOPITAL DE SIA", longName: null })).toBe("HOPITAL DE SIA");
  });
});
