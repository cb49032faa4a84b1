import { describe, expect, it } from "vitest";
import { chooseCarrier, trackingUrl } from "./carrier";

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
  it("links a La Poste tracking number to La Poste's public tracking page, SpF direct to none", () => {
    expect(trackingUrl("LA_POSTE", "6A12345678901")).toBe("https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901");
    expect(trackingUrl("LA_POSTE", "a b&c")).toBe("https://www.laposte.fr/outils/suivre-vos-envois?code=a%20b%26c");
    expect(trackingUrl("SPF_DIRECT", "SPF-1")).toBeNull();
  });
});
