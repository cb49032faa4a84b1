import { describe, expect, it } from "vitest";
import { decideRequestSchema, fileEmergencySchema, requestApeSchema } from "./requests";

describe("request schemas", () => {
  it("want a motivation for the APE role", () => {
    expect(requestApeSchema.safeParse({ motivation: "court" }).error?.issues[0].message).toContain("10 caractères au moins");
    expect(requestApeSchema.parse({ motivation: "  Je gère les habilitations du site.  " }).motivation).toBe("Je gère les habilitations du site.");
  });

  it("want a reason for a refusal, not for an approval", () => {
    expect(decideRequestSchema.parse({ requestId: "r1", decision: "APPROVED" })).toEqual({ requestId: "r1", decision: "APPROVED", reason: "", confirmed: false });
    const refusal = decideRequestSchema.safeParse({ requestId: "r1", decision: "REJECTED", reason: " " });
    expect(refusal.error?.issues[0]).toMatchObject({ path: ["reason"], message: "Indiquez le motif du refus : le demandeur le verra." });
  });

  it("want an establishment, a reason, what was tried locally and at least one product for an emergency top-up", () => {
    const base = { establishmentFiness: "690812342", reason: "Rupture après un cluster", localAidTried: "EHPAD voisin sollicité : refus.", lines: [{ productId: "p1", packs: "3" }] };
    expect(fileEmergencySchema.parse(base).lines).toEqual([{ productId: "p1", packs: 3 }]);
    expect(fileEmergencySchema.safeParse({ ...base, lines: [{ productId: "p1", packs: 0 }] }).error?.issues[0].message).toBe("Indiquez une quantité pour au moins un produit.");
    expect(fileEmergencySchema.safeParse({ ...base, establishmentFiness: "69081234" }).success).toBe(false);
    expect(fileEmergencySchema.safeParse({ ...base, localAidTried: "  rien " }).error?.issues[0]).toMatchObject({
      path: ["localAidTried"],
      message: expect.stringContaining("Indiquez ce qui a été tenté localement"),
    });
  });
});
