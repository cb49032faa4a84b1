import { arsRegion, portalRoles } from "@/lib/domain/identity/plage-roles";
import type { PlageClaims } from "@/lib/schemas/plage";
import { db } from "../db";

/**
 * Records a PLAGE sign-in: creates or refreshes the user. The e-mail stays bound to the FINESS it first signed in
 * with; roles are re-read from PLAGE at every sign-in, for that FINESS only.
 */
export async function recordSignIn(claims: PlageClaims): Promise<{ id: string }> {
  const email = claims.email.toLowerCase();
  const existing = await db().user.findUnique({ where: { email }, select: { boundFiness: true } });
  const boundFiness = existing?.boundFiness ?? claims.plage_profiles[0]?.finess ?? null;
  const profile = claims.plage_profiles.find((p) => p.finess === boundFiness);
  const data = {
    plageSubject: claims.sub,
    givenName: claims.given_name ?? null,
    familyName: claims.family_name ?? null,
    boundFiness,
    roles: profile ? portalRoles(profile) : [],
    regionCode: profile ? arsRegion(profile) : null,
    lastLoginAt: new Date(),
  };
  return db().user.upsert({ where: { email }, create: { email, ...data }, update: data, select: { id: true } });
}

export async function getUserWithEstablishment(userId: string) {
  const user = await db().user.findUnique({ where: { id: userId } });
  if (!user) return null;
  const finess = user.boundFiness;
  const establishment = finess
    ? await db().establishment.findUnique({ where: { finess }, include: { category: true } })
    : null;
  const legalEntity =
    finess && !establishment ? await db().legalEntity.findUnique({ where: { finess } }) : null;
  return { user, establishment, legalEntity };
}
