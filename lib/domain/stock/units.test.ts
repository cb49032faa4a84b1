import { describe, expect, it } from "vitest";
import { countOf, formatWeeks, unitName } from "./units";

const plain = (s: string) => s.replace(/\u202f|\u00a0/g, " ");

describe("French counts", () => {
  it("puts unit names in the plural from two", () => {
    expect(unitName("masque", 1)).toBe("masque");
    expect(unitName("masque", 0)).toBe("masque");
    expect(unitName("masque", 2)).toBe("masques");
    expect(unitName("paire de lunettes", 3)).toBe("paires de lunettes");
    expect(unitName("boîte", 12)).toBe("boîtes");
    expect(plain(countOf(1200, "masque"))).toBe("1 200 masques");
  });

  it("never rounds weeks of cover up to the target", () => {
    expect(formatWeeks(2.97)).toBe("2,9");
    expect(formatWeeks(3)).toBe("3,0");
  });
});
