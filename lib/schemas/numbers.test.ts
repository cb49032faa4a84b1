import { describe, expect, it } from "vitest";
import { packLinesSchema } from "./pack-lines";
import { integerField } from "./numbers";

const boxes = integerField({ min: 0, max: 1_000_000, invalid: "Indiquez un nombre entier de boîtes.", tooSmall: "Au moins 0.", tooBig: "Trop." });
const message = (value: unknown) => boxes.safeParse(value).error?.issues[0].message;

describe("whole numbers, parsed strictly", () => {
  it("reads decimal digits typed in a form (spaces as thousands separators) and JSON integers", () => {
    expect(boxes.parse("16")).toBe(16);
    expect(boxes.parse("  42 ")).toBe(42);
    expect(boxes.parse("1 000")).toBe(1000);
    expect(boxes.parse("1\u202f000")).toBe(1000);
    expect(boxes.parse("007")).toBe(7);
    expect(boxes.parse(16)).toBe(16);
  });

  it.each([["0x10"], ["0b11"], ["1e3"], ["1,5"], ["1.5"], ["Infinity"], ["NaN"], [""], [" "], ["１２"], [true], [false], [null], [[3]], [{}], [1.5], [NaN], [Infinity]])(
    "refuses %j with the field's own French message",
    (value) => {
      expect(message(value)).toBe("Indiquez un nombre entier de boîtes.");
    },
  );

  it("says why a number is out of range", () => {
    expect(message("-1")).toBe("Au moins 0.");
    expect(message(2_000_000)).toBe("Trop.");
  });

  it("never places 16 boxes for packs: \"0x10\", nor 1 box for packs: true (z.coerce.number did)", () => {
    const lines = packLinesSchema("commande");
    for (const packs of ["0x10", true]) {
      expect(lines.safeParse([{ productId: "p", packs }]).error?.issues[0].message).toBe("Indiquez un nombre entier de boîtes.");
    }
    // A box left blank is a product not ordered.
    expect(lines.parse([{ productId: "p", packs: "" }, { productId: "q", packs: "2" }])).toEqual([
      { productId: "p", packs: 0 },
      { productId: "q", packs: 2 },
    ]);
  });
});
