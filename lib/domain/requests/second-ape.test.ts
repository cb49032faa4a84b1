import { describe, expect, it } from "vitest";
import { secondApeRefusal } from "./second-ape";

describe("a second APE for an establishment", () => {
  it("needs the ARS's explicit confirmation, naming the current APE", () => {
    expect(secondApeRefusal([], false)).toBeNull();
    expect(secondApeRefusal(["Marc Fontaine (ape@clinique-demo.fr)"], true)).toBeNull();
    expect(secondApeRefusal(["Marc Fontaine (ape@clinique-demo.fr)"], false)?.refusal).toEqual({
      code: "SECOND_APE_UNCONFIRMED",
      message:
        "Cet établissement a déjà un APE (Marc Fontaine (ape@clinique-demo.fr)) : cochez la confirmation pour en nommer un de plus, ou refusez la demande.",
      details: { apes: ["Marc Fontaine (ape@clinique-demo.fr)"] },
    });
  });
});
