import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { resetDatabase } from "@/tests/database";
import { getUserWithEstablishment, recordSignIn } from "./users";
import { seedDemo } from "@/prisma/seed";

const operator = { domain: "Distrilog-santé", role: "Opérateur commande EPI" };

describe("recordSignIn", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDemo(db());
  });

  it("creates the user bound to the first PLAGE profile, with its portal roles", async () => {
    const { id } = await recordSignIn({
      sub: "plage-1",
      email: "Operateur@Clinique-Demo.fr",
      given_name: "Camille",
      family_name: "Martin",
      plage_profiles: [{ finess: "690812342", roles: [operator] }],
    });
    const found = await getUserWithEstablishment(id);
    expect(found?.user).toMatchObject({ email: "operateur@clinique-demo.fr", boundFiness: "690812342", roles: ["OPERATOR"] });
    expect(found?.establishment?.name).toBe("CLINIQUE DU PARC");
    expect(found?.establishment?.category.label).toBe("Etablissement de Soins Pluridisciplinaire");
  });

  it("keeps the e-mail bound to its first FINESS when PLAGE later lists another profile first", async () => {
    const claims = { sub: "plage-8", email: "multi@demo.fr", plage_profiles: [{ finess: "630789014", roles: [operator] }] };
    await recordSignIn(claims);
    const { id } = await recordSignIn({
      ...claims,
      plage_profiles: [{ finess: "920003019", roles: [operator] }, ...claims.plage_profiles],
    });
    expect((await db().user.findUniqueOrThrow({ where: { id } })).boundFiness).toBe("630789014");
    expect(await db().user.count()).toBe(1);
  });

  it("finds a legal entity when the profile carries an EJ FINESS", async () => {
    const { id } = await recordSignIn({ sub: "plage-4", email: "operateur@chu-demo.fr", plage_profiles: [{ finess: "380780007", roles: [operator] }] });
    const found = await getUserWithEstablishment(id);
    expect(found?.establishment).toBeNull();
    expect(found?.legalEntity?.name).toBe("CHU GRENOBLE ALPES");
  });
});
