import { describe, expect, it } from "vitest";
import { safeReturnPath, signInPathFor } from "./return-path";

describe("return path after sign-in", () => {
  it("keeps a path of the portal, with its query", () => {
    expect(safeReturnPath("/commandes/2026-000042")).toBe("/commandes/2026-000042");
    expect(safeReturnPath("/tableau-de-bord?semaine=2026-W49")).toBe("/tableau-de-bord?semaine=2026-W49");
  });

  it.each([
    ["an absolute URL", "https://example.org/accueil"],
    ["a protocol-relative URL", "//example.org/accueil"],
    ["a backslash browsers read as a slash", "/\\example.org"],
    ["a relative path", "accueil"],
    ["a control character", "/accueil\n"],
    ["the sign-in page itself", "/connexion?callbackUrl=/accueil"],
    ["next-auth's routes", "/api/auth/signout"],
    ["nothing", ""],
  ])("refuses %s", (_, value) => {
    expect(safeReturnPath(value)).toBeNull();
  });

  it("builds the sign-in address with the encoded return path, or none", () => {
    expect(signInPathFor("/commandes?page=2")).toBe("/connexion?callbackUrl=%2Fcommandes%3Fpage%3D2");
    expect(signInPathFor("//evil.example")).toBe("/connexion");
    expect(signInPathFor("/")).toBe("/connexion");
    expect(signInPathFor(null)).toBe("/connexion");
  });
});
