import { describe, expect, it } from "vitest";
import { arsRegion, DISTRILOG_DOMAIN, EPI_STOCK_DOMAIN, plageRoleName, portalRoles } from "./plage-roles";

describe("PLAGE roles → portal roles", () => {
  it("maps the Distrilog-santé operator role", () => {
    expect(portalRoles({ finess: "690812342", roles: [{ domain: DISTRILOG_DOMAIN, role: "Opérateur commande EPI" }] })).toEqual([
      "OPERATOR",
    ]);
  });

  it("reads « Opérateur inventaire EPI » in the guide's « EPI Stock » domain, not in Distrilog-santé", () => {
    expect(portalRoles({ finess: "690812342", roles: [{ domain: EPI_STOCK_DOMAIN, role: "Opérateur inventaire EPI" }] })).toEqual(["INVENTORY_OPERATOR"]);
    expect(portalRoles({ finess: "690812342", roles: [{ domain: DISTRILOG_DOMAIN, role: "Opérateur inventaire EPI" }] })).toEqual([]);
    expect(portalRoles({ finess: "690812342", roles: [{ domain: EPI_STOCK_DOMAIN, role: "Opérateur commande EPI" }] })).toEqual([]);
    expect(plageRoleName("INVENTORY_OPERATOR")).toBe("Opérateur inventaire EPI » du domaine « EPI Stock");
    expect(plageRoleName("OPERATOR")).toBe("Opérateur commande EPI");
  });

  it("ignores roles of other domains and unknown labels", () => {
    const profile = {
      finess: "690812342",
      roles: [
        { domain: "PMSI", role: "Opérateur commande EPI" },
        { domain: DISTRILOG_DOMAIN, role: "Lecteur" },
      ],
    };
    expect(portalRoles(profile)).toEqual([]);
  });

  it("keeps each role once and reads the ARS region", () => {
    const profile = {
      finess: "690030911",
      roles: [
        { domain: DISTRILOG_DOMAIN, role: "Référent ARS", region: "84" },
        { domain: DISTRILOG_DOMAIN, role: "Référent ARS", region: "84" },
      ],
    };
    expect(portalRoles(profile)).toEqual(["ARS"]);
    expect(arsRegion(profile)).toBe("84");
    expect(arsRegion({ finess: "690812342", roles: [] })).toBeNull();
  });
});
