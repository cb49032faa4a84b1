import { describe, expect, it } from "vitest";
import { AccountDirectory, claimsOf, PLAGE_ACCOUNTS } from "./accounts";

const OPERATOR = "Opérateur commande EPI";
const rolesOf = (directory: AccountDirectory, login: string) =>
  claimsOf(directory.byLogin(login)!).plage_profiles.flatMap((p) => p.roles.map((r) => r.role));

describe("AccountDirectory", () => {
  it("withdraws a role from an account, in this directory only, and restores the seeded profiles", () => {
    const directory = new AccountDirectory();
    const other = new AccountDirectory();
    expect(directory.withdrawRole(" Ape@Clinique-demo.fr ", OPERATOR)).toBe(true);
    expect(rolesOf(directory, "ape@clinique-demo.fr")).toEqual(["Administrateur principal d'établissement"]);
    expect(rolesOf(other, "ape@clinique-demo.fr")).toContain(OPERATOR);
    expect(PLAGE_ACCOUNTS.find((a) => a.email === "ape@clinique-demo.fr")!.profiles[0].roles).toHaveLength(2);
    expect(directory.restore("ape@clinique-demo.fr")).toBe(true);
    expect(rolesOf(directory, "ape@clinique-demo.fr")).toContain(OPERATOR);
  });

  it("says so when the account does not exist", () => {
    const directory = new AccountDirectory();
    expect(directory.withdrawRole("personne@demo.fr", OPERATOR)).toBe(false);
    expect(directory.restore("personne@demo.fr")).toBe(false);
  });
});
