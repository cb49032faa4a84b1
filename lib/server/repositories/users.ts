import { chooseProfile } from "@/lib/domain/access/access-decision";
import { arsRegion, portalRoles } from "@/lib/domain/identity/plage-roles";
import type { Prisma, User } from "@/generated/prisma/client";
import type { PlageClaims } from "@/lib/schemas/plage";
import { db } from "../db";

function hasApprovedApeRequest(userId: string, accountFiness: string): Promise<boolean> {
  return db()
    .apeRequest.count({ where: { userId, accountFiness, status: "APPROVED" } })
    .then((count) => count > 0);
}

/**
 * What PLAGE says about a user, as stored: the profiles ATIH sent, and the roles and region of the one profile this
 * e-mail may use (the e-mail is bound to a FINESS at registration).
 */
async function profileFields(claims: PlageClaims, existing: { id: string; boundFiness: string | null } | null) {
  const { profile } = chooseProfile(claims.plage_profiles, existing?.boundFiness ?? null);
  const roles = profile ? portalRoles(profile) : [];
  // The APE role an ARS granted on the portal (approved request for this FINESS) survives PLAGE's roles.
  if (existing && profile && !roles.includes("APE") && (await hasApprovedApeRequest(existing.id, profile.finess))) roles.push("APE");
  return {
    givenName: claims.given_name ?? null,
    familyName: claims.family_name ?? null,
    plageProfiles: claims.plage_profiles,
    roles,
    regionCode: profile ? arsRegion(profile) : null,
  };
}

/** Records a PLAGE sign-in: creates or refreshes the user with the profiles ATIH sent. */
export async function recordSignIn(claims: PlageClaims): Promise<{ id: string }> {
  const email = claims.email.toLowerCase();
  const existing = await db().user.findUnique({ where: { email }, select: { id: true, boundFiness: true } });
  const data = { plageSubject: claims.sub, ...(await profileFields(claims, existing)), lastLoginAt: new Date() };
  return db().user.upsert({ where: { email }, create: { email, ...data }, update: data, select: { id: true } });
}

/** Stores the profile ATIH sent when a session re-read it, inside the caller's transaction. */
export async function recordProfile(tx: Prisma.TransactionClient, user: User, claims: PlageClaims): Promise<User> {
  return tx.user.update({ where: { id: user.id }, data: await profileFields(claims, user) });
}
