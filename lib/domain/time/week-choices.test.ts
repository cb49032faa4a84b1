import { describe, expect, it } from "vitest";
import { weekLabel, weeksOfYear } from "./week-choices";

describe("week choices", () => {
  it("names a week by its Monday and Sunday in Paris, across a month's end", () => {
    expect(weekLabel("2026-W48")).toBe("Semaine 48 : 23 nov. – 29 nov.");
    expect(weekLabel("2026-W49")).toBe("Semaine 49 : 30 nov. – 6 déc.");
  });

  it("starts an ISO year on the week of 4 January, possibly in December", () => {
    expect(weekLabel("2026-W01")).toBe("Semaine 1 : 29 déc. – 4 janv.");
  });

  it("offers 53 weeks in a long ISO year and 52 otherwise", () => {
    expect(weeksOfYear(2026)).toHaveLength(53);
    expect(weeksOfYear(2027)).toHaveLength(52);
    expect(weeksOfYear(2027).at(-1)?.key).toBe("2027-W52");
  });

  it("leaves a key that is no ISO week as it is", () => {
    expect(weekLabel("2027-W53")).toBe("2027-W53");
  });
});
