import "server-only";
import type { DeliveryContactInput } from "@/lib/schemas/registration";
import type { Actor } from "./actor";
import { audit } from "./audit";
import { db } from "./db";

const CONTACT = { deliveryContactName: true, deliveryContactPhone: true, openingHours: true } as const;

/** The delivery contact the user gave at registration, or since: the picking list prints it for their orders. */
export async function deliveryContactOf(userId: string): Promise<DeliveryContactInput> {
  const contact = await db().user.findUniqueOrThrow({ where: { id: userId }, select: CONTACT });
  return { deliveryContactName: contact.deliveryContactName ?? "", deliveryContactPhone: contact.deliveryContactPhone ?? "", openingHours: contact.openingHours ?? "" };
}

/** The user changes who receives their orders' parcels, and when; audited with what it was before. */
export async function updateDeliveryContact(actor: Pick<Actor, "id" | "email">, input: DeliveryContactInput): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: CONTACT });
    await tx.user.update({ where: { id: actor.id }, data: input });
    await audit(tx, actor, { action: "user.delivery-contact", entityType: "User", entityId: actor.id, before, after: input });
  });
}
