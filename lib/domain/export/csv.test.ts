import { describe, expect, it } from "vitest";
import { csvCell, csvDocument } from "./csv";

describe("CSV for a French Excel", () => {
  it("writes a BOM, a header row and CRLF lines separated by semicolons", () => {
    expect(csvDocument(["Nom", "Unités"], [["CH de Belley", 1200], [null, 0]])).toBe('\uFEFF"Nom";"Unités"\r\n"CH de Belley";1200\r\n"";0\r\n');
  });

  it("quotes text, doubles inner quotes and defuses what a spreadsheet would run as a formula", () => {
    expect(csvCell('Clinique "du Parc"')).toBe('"Clinique ""du Parc"""');
    expect(csvCell("=HYPERLINK(1)")).toBe(`"'=HYPERLINK(1)"`);
    expect(csvCell(-3)).toBe("-3");
  });
});
