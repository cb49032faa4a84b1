import { describe, expect, it } from "vitest";
import { fieldCountError, finessFieldError, optionalField, splitExtractLine, unreadableFieldsError } from "./extract-fields";

describe("splitExtractLine", () => {
  it("splits on ; and keeps empty fields", () => {
    expect(splitExtractLine("a;;b")).toEqual(["a", "", "b"]);
  });

  it("gives the trailing ; of recent extracts its empty field", () => {
    expect(splitExtractLine("a;b;")).toEqual(["a", "b", ""]);
  });

  it("reads a quoted field holding a ;", () => {
    expect(splitExtractLine('a;"CLINIQUE ; CHIRURGIE";c')).toEqual(["a", "CLINIQUE ; CHIRURGIE", "c"]);
  });

  it("reads doubled quotes inside a quoted field as one quote", () => {
    expect(splitExtractLine('a;"DIT ""LE PARC""";c')).toEqual(["a", 'DIT "LE PARC"', "c"]);
  });

  it("reads an empty quoted field, a quoted first field and a quoted last field", () => {
    expect(splitExtractLine('"a";"";"c"')).toEqual(["a", "", "c"]);
    expect(splitExtractLine('a;"b";')).toEqual(["a", "b", ""]);
  });

  it("refuses a quote left open or followed by text", () => {
    expect(splitExtractLine('a;"open;c')).toBeNull();
    expect(splitExtractLine('a;"b"x;c')).toBeNull();
  });
});

describe("optionalField", () => {
  it("trims, and gives null for a blank or absent field", () => {
    expect(optionalField(["x", "  CH DE FLEYRIAT "], 1)).toBe("CH DE FLEYRIAT");
    expect(optionalField(["x", "   "], 1)).toBeNull();
    expect(optionalField(["x"], 3)).toBeNull();
  });
});

describe("finessFieldError", () => {
  it("accepts a valid number", () => {
    expect(finessFieldError("ET", "010000024")).toBeNull();
  });

  it("names the field and the fault", () => {
    expect(finessFieldError("ET", "010000025")).toBe("Numéro FINESS ET « 010000025 » invalide : clé de contrôle fausse.");
    expect(finessFieldError("EJ", " 01078005 ")).toBe("Numéro FINESS EJ « 01078005 » invalide : 9 caractères attendus.");
    expect(finessFieldError("EJ", "01078005X")).toBe("Numéro FINESS EJ « 01078005X » invalide : caractères non autorisés.");
  });
});

describe("fieldCountError", () => {
  it("accepts the count with or without the final ;", () => {
    expect(fieldCountError(["a", "b"], 2)).toBeNull();
    expect(fieldCountError(["a", "b", ""], 2)).toBeNull();
  });

  it("reports any other count", () => {
    expect(fieldCountError(["a"], 2)).toBe("Nombre de champs incorrect : 1 au lieu de 2 (ou 3 avec le « ; » final).");
    expect(fieldCountError(["a", "b", "c", "d"], 2)).toMatch(/^Nombre de champs incorrect : 4 /);
  });
});

describe("unreadableFieldsError", () => {
  it("says a wrong count first, without reading the FINESS fields that may be missing", () => {
    expect(unreadableFieldsError(["x"], 2, { ET: 1 })).toMatch(/^Nombre de champs incorrect : 1 /);
  });

  it("then the first invalid FINESS number, in the order given", () => {
    expect(unreadableFieldsError(["010000025", "01078005X"], 2, { ET: 0, EJ: 1 })).toBe("Numéro FINESS ET « 010000025 » invalide : clé de contrôle fausse.");
    expect(unreadableFieldsError(["010000024", "01078005X"], 2, { ET: 0, EJ: 1 })).toBe("Numéro FINESS EJ « 01078005X » invalide : caractères non autorisés.");
    expect(unreadableFieldsError(["010000024", "x"], 2, { ET: 0 })).toBeNull();
  });
});
