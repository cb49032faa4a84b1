import { describe, expect, it } from "vitest";
import { chooseCarrier } from "./carrier";

describe("carrier", () => {
  it("is La Poste by default", () => {
    expect(chooseCarrier({ capacity: 180, departementCode: "69" }, 800)).toBe("LA_POSTE");
  });
  it("is SpF direct from the admin's capacity threshold", () => {
    expect(chooseCarrier({ capacity: 800, departementCode: "38" }, 800)).toBe("SPF_DIRECT");
    expect(chooseCarrier({ capacity: 799, departementCode: "2A" }, 800)).toBe("LA_POSTE");
  });
  it("is SpF direct for every DROM-COM establishment", () => {
    expect(chooseCarrier({ capacity: 10, departementCode: "974" }, 800)).toBe("SPF_DIRECT");
  });
});
