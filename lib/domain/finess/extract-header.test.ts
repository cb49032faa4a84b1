import { describe, expect, it } from "vitest";
import { extractKindOf, parseExtractHeader } from "./extract-header";

describe("parseExtractHeader", () => {
  it("reads the version and date of the comment line", () => {
    expect(parseExtractHeader("finess;etalab;111;2026-05-12")).toEqual({ version: "111", date: "2026-05-12" });
    expect(parseExtractHeader("finess;etalab;111;2026-05-12;")).toEqual({ version: "111", date: "2026-05-12" });
  });

  it("is null for a data line or a malformed comment", () => {
    expect(parseExtractHeader("structureet;010000024;010780054")).toBeNull();
    expect(parseExtractHeader("finess;etalab;111")).toBeNull();
    expect(parseExtractHeader("finess;etalab;111;12/05/2026")).toBeNull();
  });
});

describe("extractKindOf", () => {
  it("tells the extract from the section prefix", () => {
    expect(extractKindOf("structureet;010000024")).toBe("establishments");
    expect(extractKindOf("geolocalisation;010000024")).toBe("establishments");
    expect(extractKindOf("structureej;010780054")).toBe("legal-entities");
  });

  it("is null for any other line", () => {
    expect(extractKindOf("finess;etalab;111;2026-05-12")).toBeNull();
    expect(extractKindOf("structureet")).toBeNull();
    expect(extractKindOf("constructor;x")).toBeNull();
  });
});
