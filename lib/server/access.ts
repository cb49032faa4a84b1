import "server-only";
import { cache } from "react";
import { z } from "@/lib/schemas/zod";
import type { User } from "@/generated/prisma/client";
import { chooseProfile, decideAccess, type AccessDecision, type FinessRecord } from "@/lib/domain/access/access-decision";
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
 * list applies at the affected users' next request. The user row and the FINESS records of its profiles come with the
 * session (one query for all); a record not given (a profile ATIH has just added) is read here.
 */
export async function accessOf(user: User, records: readonly FinessRecord[] = []): Promise<AccessContext> {
  const profiles = plageProfilesOf(user);
  let { profile, ignored } = chooseProfile(profiles, user.boundFiness);
  let decision = await profileDecision(profile, user.boundFiness, records);
  // Not yet bound: the first profile that may enter leads to the registration form, where the user picks which.
  if (!decision.allowed && user.boundFiness === null) {
    for (const other of profiles.filter((p) => p !== profile)) {
      const otherDecision = await profileDecision(other, null, records);
      if (!otherDecision.allowed) continue;
      [profile, decision, ignored] = [other, otherDecision, profiles.filter((p) => p !== other)];
      break;
    }
  }
  const active = decision.allowed && (decision.audience === "staff" || user.registeredAt !== null);
  return { user, profile, ignoredProfiles: ignored, decision, active };
}

/** The PLAGE profiles of a user's last sign-in. */
export function plageProfilesOf(user: Pick<User, "plageProfiles">): PlageProfileClaim[] {
  return z.array(plageProfileSchema).catch([]).parse(user.plageProfiles);
}

/**
 * The access decision one PLAGE profile would get, for an e-mail bound to `boundFiness` (or not yet bound); its FINESS
 * record taken from `records` when there, else read.
 */
export async function profileDecision(
  profile: PlageProfileClaim | null,
  boundFiness: string | null,
  records: readonly FinessRecord[] = [],
): Promise<AccessDecision> {
  const record = profile ? (records.find((r) => r.finess === profile.finess) ?? (await loadFinessRecord(profile.finess))) : null;
  return decideAccess({
    profile: profile && { finess: profile.finess, roles: portalRoles(profile), regionCode: arsRegion(profile) },
    record,
    boundFiness,
  });
}

/** The access decision for a user known by id (outside a session: registration re-checks it before writing). */
export const evaluateAccess = cache(async (userId: string): Promise<AccessContext | null> => {
  const user = await db().user.findUnique({ where: { id: userId } });
  return user ? accessOf(user) : null;
});
