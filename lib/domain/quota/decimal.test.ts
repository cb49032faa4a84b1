import { describe, expect, it } from "vitest";
import { parseDecimal } from "./decimal";

describe("French decimals for quota parameters", () => {
  it.each([
    ["1,5", 1.5],
    ["0.25", 0.25],
    [" 3 ", 3],
    ["0", 0],
    ["0,0001", 0.0001],
  ])("%j is %d", (input, value) => expect(parseDecimal(input)).toBe(value));

  it.each(["", "-1", "1,23456", "1e2", "1 000", "abc", ",5", "1,"])("refuses %j", (input) => expect(parseDecimal(input)).toBeNull());
});
