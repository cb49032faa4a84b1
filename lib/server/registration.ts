import "server-only";
import { accessRefusals } from "@/lib/domain/access/refusals";
import { arsRegion, portalRoles } from "@/lib/domain/identity/plage-roles";
import type { User } from "@/generated/prisma/client";
import type { RegistrationInput } from "@/lib/schemas/registration";
import { evaluateAccess, plageProfilesOf, profileDecision } from "./access";
import type { Actor } from "./actor";
import { audit } from "./audit";
import { db } from "./db";

/** A FINESS the registration form offers: the establishment (or legal entity) as the referential names and places it. */
export interface RegistrationChoice {
  finess: string;
  name: string;
  /** Street and town of an ET; for a public multi-site EJ, how many sites order under it. */
  address: string;
}

/**
 * The FINESS a user not yet registered may bind their e-mail to: each of their PLAGE profiles that may enter the
 * portal as an establishment, in PLAGE's order, with its name and address (the form shows what one binds to).
 */
export async function registrationChoices(user: User): Promise<RegistrationChoice[]> {
  const profiles = plageProfilesOf(user).filter((p) => user.boundFiness === null || p.finess === user.boundFiness);
  const usable: string[] = [];
  for (const profile of profiles) {
    const decision = await profileDecision(profile, user.boundFiness);
    if (decision.allowed && decision.audience === "establishment" && !usable.includes(profile.finess)) usable.push(profile.finess);
  }
  const [establishments, legalEntities] = await Promise.all([
    db().establishment.findMany({ where: { finess: { in: usable } }, select: { finess: true, name: true, addressLine: true, postalLine: true } }),
    db().legalEntity.findMany({
      where: { finess: { in: usable } },
      select: { finess: true, name: true, _count: { select: { establishments: { where: { closedOn: null } } } } },
    }),
  ]);
  return usable.flatMap((finess): RegistrationChoice[] => {
    const establishment = establishments.find((e) => e.finess === finess);
    if (establishment) {
      const address = [establishment.addressLine, establishment.postalLine].filter(Boolean).join(", ");
      return [{ finess, name: establishment.name, address: address || "adresse non renseignée dans FINESS" }];
    }
    const legalEntity = legalEntities.find((e) => e.finess === finess);
    if (!legalEntity) return [];
    return [{ finess, name: legalEntity.name, address: `entité juridique : commande pour ses ${legalEntity._count.establishments} établissements` }];
  });
}

/**
 * Completes the first login and binds the e-mail to the FINESS chosen in the form, among the account's PLAGE
 * profiles that may enter: one profile per e-mail from then on, with that profile's roles.
 */
export async function registerUser(actor: Pick<Actor, "id" | "email">, { finess, ...input }: RegistrationInput): Promise<void> {
  const access = await evaluateAccess(actor.id);
  if (!access?.decision.allowed || !access.profile) {
    throw accessRefusals.refuse("REGISTRATION_REFUSED");
  }
  if (access.decision.audience !== "establishment") {
    throw accessRefusals.refuse("REGISTRATION_NOT_NEEDED");
  }
  const profile = plageProfilesOf(access.user).find((p) => p.finess === finess);
  const decision = profile && (await profileDecision(profile, access.user.boundFiness));
  if (!profile || !decision?.allowed || decision.audience !== "establishment") {
    throw accessRefusals.refuse("REGISTRATION_PROFILE_NOT_ALLOWED", { finess });
  }
  const roles = portalRoles(profile);
  await db().$transaction(async (tx) => {
    // Only a user not yet registered, and not bound elsewhere meanwhile, may register: a double submit changes nothing.
    const { count } = await tx.user.updateMany({
      where: { id: actor.id, registeredAt: null, OR: [{ boundFiness: null }, { boundFiness: finess }] },
      data: { ...input, boundFiness: finess, roles, regionCode: arsRegion(profile), registeredAt: new Date() },
    });
    if (count === 0) throw accessRefusals.refuse("ALREADY_REGISTERED");
    await audit(tx, actor, { action: "user.register", entityType: "User", entityId: actor.id, after: { ...input, boundFiness: finess, roles } });
  });
}
