import "server-only";
import { accessRefusals } from "@/lib/domain/access/refusals";
import type { RegistrationInput } from "@/lib/schemas/registration";
import { evaluateAccess } from "./access";
import type { Actor } from "./actor";
import { audit } from "./audit";
import { db } from "./db";

/** Completes the first login and binds the e-mail to the FINESS it registered with: one profile per e-mail. */
export async function registerUser(actor: Pick<Actor, "id" | "email">, input: RegistrationInput): Promise<void> {
  const access = await evaluateAccess(actor.id);
  if (!access?.decision.allowed || !access.profile) {
    throw accessRefusals.refuse("REGISTRATION_REFUSED");
  }
  if (access.decision.audience !== "establishment") {
    throw accessRefusals.refuse("REGISTRATION_NOT_NEEDED");
  }
  const finess = access.profile.finess;
  await db().$transaction(async (tx) => {
    // Only a user not yet registered, and not bound elsewhere meanwhile, may register: a double submit changes nothing.
    const { count } = await tx.user.updateMany({
      where: { id: actor.id, registeredAt: null, OR: [{ boundFiness: null }, { boundFiness: finess }] },
      data: { ...input, boundFiness: finess, registeredAt: new Date() },
    });
    if (count === 0) throw accessRefusals.refuse("ALREADY_REGISTERED");
    await audit(tx, actor, { action: "user.register", entityType: "User", entityId: actor.id, after: { ...input, boundFiness: finess } });
  });
}
