import { describe, expect, it } from "vitest";
import { decideReportingScope, scopeLabel } from "./scope";

const ara = { roles: ["ARS" as const], regionCode: "84" };
const admin = { roles: ["NATIONAL_ADMIN" as const], regionCode: null };

describe("who sees which region", () => {
  it("gives an ARS its own region, asked or not", () => {
    expect(decideReportingScope(ara, {})).toEqual({ ok: true, scope: { kind: "region", regionCode: "84" } });
    expect(decideReportingScope(ara, { region: "84", departement: "69" })).toEqual({ ok: true, scope: { kind: "region", regionCode: "84" } });
  });

  it("refuses an ARS another region, or a département outside its own", () => {
    for (const requested of [{ region: "11" }, { departement: "75" }, { region: "84", departement: "2A" }, { departement: "999" }]) {
      const decision = decideReportingScope(ara, requested);
      expect(decision).toMatchObject({ ok: false, refusal: { code: "REGION_OUT_OF_SCOPE", details: { region: "Auvergne-Rhône-Alpes" } } });
    }
  });

  it("gives the national admin France by default and any region asked", () => {
    expect(decideReportingScope(admin, {})).toEqual({ ok: true, scope: { kind: "national" } });
    expect(decideReportingScope(admin, { region: "11" })).toEqual({ ok: true, scope: { kind: "region", regionCode: "11" } });
  });

  it("refuses other roles, and an ARS without a region", () => {
    expect(decideReportingScope({ roles: ["OPERATOR"], regionCode: null }, {})).toMatchObject({ ok: false, refusal: { code: "FORBIDDEN" } });
    expect(decideReportingScope({ roles: ["ARS"], regionCode: null }, {})).toMatchObject({ ok: false, refusal: { code: "FORBIDDEN" } });
  });

  it("names the scope", () => {
    expect(scopeLabel({ kind: "region", regionCode: "11" })).toBe("Île-de-France");
    expect(scopeLabel({ kind: "national" })).toBe("France entière");
  });
});
