import { describe, expect, it } from "vitest";
import { phoneText } from "./phone-number";

const shown = (raw: string) => phoneText(raw).replace(/\u00a0/g, " ");

describe("phoneText", () => {
  it("pairs the ten digits of a French number, packed as FINESS gives it or typed with dots or dashes", () => {
    expect(shown("0474000202")).toBe("04 74 00 02 02");
    expect(shown("04.72.00.00.00")).toBe("04 72 00 00 00");
    expect(shown("04-72-00 00 00")).toBe("04 72 00 00 00");
  });

  it("keeps the number on one line: no ordinary space left to break on", () => {
    expect(phoneText("04 72 00 00 00")).toBe("04\u00a072\u00a000\u00a000\u00a000");
    expect(phoneText("+33 4 72 00 00 00")).not.toMatch(/ /);
  });

  it("shows anything else as given", () => {
    expect(shown("+33 4 72 00 00 00")).toBe("+33 4 72 00 00 00");
    expect(shown(" 3615 ")).toBe("3615");
  });
});
