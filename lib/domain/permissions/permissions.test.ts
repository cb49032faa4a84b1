import { describe, expect, it } from "vitest";
import { actsForTheState, APP_ROLES, can, CAPABILITIES, DASHBOARD_READING, ESTABLISHMENT_ROLES, holdersOf, needsRegion, PERMISSIONS, rolesWith } from "./permissions";

describe("the permission table", () => {
  it("grants every capability to at least one role, each role once", () => {
    for (const capability of CAPABILITIES) {
      const roles = PERMISSIONS[capability] as readonly string[];
      expect(roles.length, capability).toBeGreaterThan(0);
      expect(new Set(roles).size, capability).toBe(roles.length);
    }
  });

  it("lets a holder through when one of its roles holds the capability, or any of several", () => {
    expect(can({ roles: ["OPERATOR"] }, "order.place")).toBe(true);
    expect(can({ roles: ["INVENTORY_OPERATOR"] }, "order.place")).toBe(false);
    expect(can({ roles: ["INVENTORY_OPERATOR", "APE"] }, "quota-revision.request")).toBe(true);
    expect(can({ roles: [] }, "stock.declare")).toBe(false);
    expect(can({ roles: ["ARS"] }, DASHBOARD_READING)).toBe(true);
    expect(can({ roles: ["NATIONAL_ADMIN"] }, DASHBOARD_READING)).toBe(true);
    expect(can({ roles: ["LOGISTICS"] }, DASHBOARD_READING)).toBe(false);
  });

  it("lists the roles of a need in the table's role order, without repeats", () => {
    expect(rolesWith(["logistics.read", "order.advance"])).toEqual(["NATIONAL_ADMIN", "LOGISTICS"]);
    expect(rolesWith("stock.declare")).toEqual(["OPERATOR", "INVENTORY_OPERATOR"]);
  });

  it("names who holds a capability, for a refusal", () => {
    expect(holdersOf("emergency.decide")).toBe("au centre de crise sanitaire");
    expect(holdersOf(DASHBOARD_READING)).toBe("aux ARS et aux administrateurs nationaux");
    expect(holdersOf("quota-revision.request")).toBe("aux opérateurs commande EPI et aux administrateurs principaux d'établissement (APE)");
    expect(holdersOf(["order.place", "stock.declare", "ape.decide"])).toBe("aux opérateurs commande EPI, aux opérateurs inventaire EPI et aux ARS");
  });

  it("tells state agents from establishment users, and which roles need a region", () => {
    expect(ESTABLISHMENT_ROLES).toEqual(["OPERATOR", "INVENTORY_OPERATOR", "APE"]);
    expect(APP_ROLES.filter((role) => actsForTheState([role]))).toEqual(["ARS", "NATIONAL_ADMIN", "LOGISTICS", "CRISIS_CENTER", "CONSORTIUM_OPERATOR"]);
    expect(APP_ROLES.filter((role) => needsRegion([role]))).toEqual(["ARS"]);
    expect(actsForTheState(["OPERATOR", "LOGISTICS"])).toBe(true);
  });
});
