import { describe, expect, it } from "vitest";
import { legalSector } from "./legal-status";

describe("legal sector from statutjuridique (TRE_R400)", () => {
  it.each([
    ["01", "PUBLIC"],
    ["13", "PUBLIC"],
    ["30", "PUBLIC"],
    ["40", "PRIVATE_NON_PROFIT"],
    ["60", "PRIVATE_NON_PROFIT"],
    ["66", "PRIVATE_NON_PROFIT"],
    ["89", "PRIVATE_NON_PROFIT"],
    ["70", "PRIVATE_COMMERCIAL"],
    ["80", "PRIVATE_COMMERCIAL"],
    ["85", "PRIVATE_COMMERCIAL"],
    ["95", "PRIVATE_COMMERCIAL"],
    ["90", "FOREIGN"],
    ["31", "UNKNOWN"],
    ["99", "UNKNOWN"],
    ["", "UNKNOWN"],
    [null, "UNKNOWN"],
    ["AB", "UNKNOWN"],
  ])("%s → %s", (code, sector) => {
    expect(legalSector(code)).toBe(sector);
  });
});
