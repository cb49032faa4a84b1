import { describe, expect, it } from "vitest";
import { finessNumberError, isValidFiness, normalizeFiness, withFinessKey } from "./finess-number";

describe("FINESS number", () => {
  it("accepts real numbers from the public extract (CH de Fleyriat ET and its EJ)", () => {
    expect(isValidFiness("010000024")).toBe(true);
    expect(isValidFiness("010780054")).toBe(true);
  });

  it("rejects a wrong key", () => {
    expect(finessNumberError("010000025")).toBe("key");
    expect(finessNumberError("010780050")).toBe("key");
  });

  it("rejects a wrong length", () => {
    expect(finessNumberError("01000002")).toBe("length");
    expect(finessNumberError("0100000240")).toBe("length");
    expect(finessNumberError("")).toBe("length");
  });

  it("rejects letters outside the département code", () => {
    expect(finessNumberError("01000A024")).toBe("characters");
    expect(finessNumberError("2C0000014")).toBe("characters");
    expect(finessNumberError("9Z0000014")).toBe("characters");
  });

  it("handles Corsica (2A, 2B) and overseas (9A…) codes", () => {
    expect(withFinessKey("2A000001")).toBe("2A0000014");
    expect(isValidFiness("2A0000014")).toBe(true);
    expect(isValidFiness("2B0000020")).toBe(true);
    expect(finessNumberError("2A0000015")).toBe("key");
    expect(isValidFiness(withFinessKey("9A000123"))).toBe(true);
  });

  it("ignores spaces and case, as users type them", () => {
    expect(normalizeFiness(" 2a 000 0014 ")).toBe("2A0000014");
    expect(isValidFiness("010 000 024")).toBe(true);
  });

  it("withFinessKey produces exactly one valid key per prefix", () => {
    for (const prefix of ["69081234", "01000002", "2B000002", "9F123456"]) {
      const valid = withFinessKey(prefix);
      const others = [..."0123456789"].map((d) => prefix + d).filter((n) => n !== valid);
      expect(isValidFiness(valid)).toBe(true);
      expect(others.filter(isValidFiness)).toEqual([]);
    }
  });
});
