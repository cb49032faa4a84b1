import { describe, expect, it } from "vitest";
import { endUserSessionsSchema, userSearchSchema } from "./user-sessions";

describe("userSearchSchema", () => {
  it("keeps an e-mail trimmed and lower-case", () => {
    expect(userSearchSchema.parse({ email: "  Operateur@Clinique-Demo.fr " })).toEqual({ email: "operateur@clinique-demo.fr" });
  });

  it("refuses what is not an e-mail, in French", () => {
    const result = userSearchSchema.safeParse({ email: "operateur" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toMatch(/^Saisissez une adresse électronique valide/);
    expect(userSearchSchema.safeParse({}).error?.issues[0].message).toBe("Saisissez l'adresse électronique de l'utilisateur.");
  });
});

describe("endUserSessionsSchema", () => {
  it("needs a user id", () => {
    expect(endUserSessionsSchema.safeParse({ userId: "" }).error?.issues[0].message).toBe("Utilisateur manquant.");
    expect(endUserSessionsSchema.parse({ userId: "cm0abc" })).toEqual({ userId: "cm0abc" });
  });
});
