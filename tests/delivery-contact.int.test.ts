import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { deliveryContactOf, updateDeliveryContact } from "@/lib/server/delivery-contact";
import { seedDemo } from "@/prisma/seed";
import { resetDatabase } from "./database";

const operator = { id: "operator-1", email: "operateur@clinique-demo.fr" };
const registered = { deliveryContactName: "Magasin central", deliveryContactPhone: "04 72 00 00 01", openingHours: "Du lundi au vendredi, 8h–16h" };

describe("the delivery contact", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDemo(db());
    await db().user.create({ data: { ...operator, plageSubject: "plage-contact", roles: ["OPERATOR"], registeredAt: new Date(), ...registered } });
  });

  it("is the user's to change, audited with what it was before", async () => {
    expect(await deliveryContactOf(operator.id)).toEqual(registered);
    const changed = { deliveryContactName: "Quai de réception", deliveryContactPhone: "04 72 00 00 09", openingHours: "Du lundi au samedi, 7h–15h" };
    await updateDeliveryContact(operator, changed);
    expect(await deliveryContactOf(operator.id)).toEqual(changed);
    expect(await db().auditLog.findFirstOrThrow({ where: { action: "user.delivery-contact", entityId: operator.id } })).toMatchObject({
      actorEmail: operator.email,
      before: registered,
      after: changed,
    });
  });
});
