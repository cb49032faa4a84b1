import { describe, expect, it } from "vitest";
import { splitExtractLine } from "./extract-fields";
import { parseGeolocationFields } from "./geolocation-line";

const parse = (line: string) => parseGeolocationFields(splitExtractLine(line)!);

describe("parseGeolocationFields", () => {
  it("reads the coordinates and the system they are in", () => {
    expect(parse("geolocalisation;010000024;870262.2;6571540.8;1,ATLASANTE,96,BAN,L93_METROPOLE;2025-09-04")).toEqual({
      ok: true,
      record: { finess: "010000024", coordX: 870262.2, coordY: 6571540.8, coordSystem: "1,ATLASANTE,96,BAN,L93_METROPOLE" },
    });
  });

  it("accepts the final ; and negative coordinates", () => {
    expect(parse("geolocalisation;010000024;-12;6571540;L93;2025-09-04;")).toMatchObject({ ok: true, record: { coordX: -12 } });
  });

  it("reads blank coordinates as no position", () => {
    expect(parse("geolocalisation;010000024;;;1,ATLASANTE;2025-09-04")).toEqual({
      ok: true,
      record: { finess: "010000024", coordX: null, coordY: null, coordSystem: null },
    });
  });

  it("rejects a half or non-numeric position", () => {
    expect(parse("geolocalisation;010000024;870262.2;;L93;2025-09-04")).toEqual({
      ok: false,
      reason: "Coordonnées « 870262.2 » / «  » invalides : deux nombres attendus.",
    });
    expect(parse("geolocalisation;010000024;870262,2;6571540.8;L93;2025-09-04")).toMatchObject({ ok: false });
  });

  it("rejects a wrong field count or FINESS number", () => {
    expect(parse("geolocalisation;010000024;870262.2")).toMatchObject({ ok: false, reason: expect.stringMatching(/^Nombre de champs/) });
    expect(parse("geolocalisation;010000025;1;2;L93;2025-09-04")).toMatchObject({ ok: false, reason: expect.stringMatching(/^Numéro FINESS ET/) });
  });
});
