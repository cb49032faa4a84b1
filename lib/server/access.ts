import "server-only";
import { cache } from "react";
import { z } from "@/lib/schemas/zod";
import type { User } from "@/generated/prisma/client";
import { chooseProfile, decideAccess, type AccessDecision } from "@/lib/domain/access/access-decision";
import { arsRegion, portalRoles } from "@/lib/domain/identity/plage-roles";
import { plageProfileSchema, type PlageProfileClaim } from "@/lib/schemas/plage";
import { db } from "./db";
import { loadFinessRecord } from "./repositories/finess-records";

export interface AccessContext {
  user: User;
  profile: PlageProfileClaim | null;
  /** PLAGE profiles this e-mail cannot use (one profile per e-mail). */
  ignoredProfiles: PlageProfileClaim[];
  decision: AccessDecision;
  /** Allowed, and registered when the user acts for an establishment. */
  active: boolean;
}

/**
 * The access decision for a user, recomputed from the database at every request: an admin's change to the eligible
 * list applies at the affected users' next request. The user row comes with the session (one query for both).
 */
export async function accessOf(user: User): Promise<AccessContext> {
  const profiles = z.array(plageProfileSchema).catch([]).parse(user.plageProfiles);
  const { profile, ignored } = chooseProfile(profiles, user.boundFiness);
  const record = profile ? await loadFinessRecord(profile.finess) : null;
  const decision = decideAccess({
    profile: profile && { finess: profile.finess, roles: portalRoles(profile), regionCode: arsRegion(profile) },
    record,
    boundFiness: user.boundFiness,
  });
  const active = decision.allowed && (decision.audience === "staff" || user.registeredAt !== null);
  return { user, profile, ignoredProfiles: ignored, decision, active };
}

/** The access decision for a user known by id (outside a session: registration re-checks it before writing). */
export const evaluateAccess = cache(async (userId: string): Promise<AccessContext | null> => {
  const user = await db().user.findUnique({ where: { id: userId } });
  return user ? accessOf(user) : null;
});
