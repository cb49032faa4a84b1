import { describe, expect, it } from "vitest";
import { copyField } from "./copy-writer";

describe("copyField (COPY text format)", () => {
  it("writes null as \\N and numbers as they print", () => {
    expect(copyField(null)).toBe("\\N");
    expect(copyField(870262.2)).toBe("870262.2");
    expect(copyField(true)).toBe("true");
  });

  it("escapes backslash, tab and line breaks, and nothing else", () => {
    expect(copyField("CLINIQUE DU VAL D'OUEST ; CHIRURGIE")).toBe("CLINIQUE DU VAL D'OUEST ; CHIRURGIE");
    expect(copyField("a\\b\tc\nd\re")).toBe("a\\\\b\\tc\\nd\\re");
    expect(copyField("\\N")).toBe("\\\\N");
  });
});
