import { describe, expect, it } from "vitest";
import { centsToEurosInput, MAX_PRICE_CENTS, parseEurosToCents } from "./price";

describe("prices in euros ↔ cents", () => {
  it.each([
    ["0,12", 12],
    ["0.12", 12],
    ["0,1", 10],
    ["3", 300],
    ["0,29", 29],
    ["1,15", 115],
    ["  2,50 € ", 250],
    ["2,5€", 250],
    ["1 250,50", 125_050],
    ["1\u202f250,50 €", 125_050],
    ["0", 0],
    ["9999999,99", MAX_PRICE_CENTS],
  ])("%j is %i cents, exactly", (input, cents) => {
    expect(parseEurosToCents(input)).toBe(cents);
  });

  it.each(["", "abc", "-1", "0,125", "1,", ",5", "1e3", "12 34", "1.234,5", "10000000", "0,12 $"])("refuses %j", (input) => {
    expect(parseEurosToCents(input)).toBeNull();
  });

  it("formats cents back for inputs", () => {
    expect(centsToEurosInput(12)).toBe("0,12");
    expect(centsToEurosInput(125_050)).toBe("1250,50");
    expect(centsToEurosInput(0)).toBe("0,00");
  });

  it("round-trips every cent amount up to 100 €", () => {
    for (let cents = 0; cents <= 10_000; cents++) expect(parseEurosToCents(centsToEurosInput(cents))).toBe(cents);
  });
});
