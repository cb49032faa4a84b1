import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { AppRole } from "@/lib/domain/permissions/permissions";
import { can } from "@/lib/domain/permissions/permissions";
import { sessionRefusals } from "@/lib/domain/session/refusals";
import type { UnbindUserEmailInput, UserListQuery } from "@/lib/schemas/user-sessions";
import type { Actor } from "../actor";
import { audit } from "../audit";
import { db } from "../db";

/** Users on one page of the list. */
export const USERS_PAGE_SIZE = 50;

/** Who a users list reader sees: everyone (national admin), or one ARS region's users. */
export type UserScope = { kind: "national" } | { kind: "region"; regionCode: string };

/** The reader's scope from the permission table; null for whoever may not read the list. */
export function userScope(actor: Pick<Actor, "roles" | "regionCode">): UserScope | null {
  if (can(actor, "users.national.read")) return { kind: "national" };
  if (can(actor, "users.region.read") && actor.regionCode) return { kind: "region", regionCode: actor.regionCode };
  return null;
}

export interface UserRow {
  id: string;
  email: string;
  givenName: string | null;
  familyName: string | null;
  boundFiness: string | null;
  establishmentName: string | null;
  roles: AppRole[];
  registeredAt: Date | null;
  lastLoginAt: Date | null;
}

const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * A region's users: its ARS agents, and the users bound to one of its establishments (an ET of its départements, or
 * an EJ with a site there).
 */
const inRegion = (regionCode: string) => Prisma.sql`(u."regionCode" = ${regionCode} OR EXISTS (
  SELECT 1 FROM "Establishment" s JOIN "Departement" d ON d.code = s."departementCode"
  WHERE (s.finess = u."boundFiness" OR s."legalEntityFiness" = u."boundFiness") AND d."regionCode" = ${regionCode}))`;

/** A bound FINESS names an establishment (ET) or a legal entity (EJ): the name shown is whichever it is. */
const USERS = Prisma.sql`FROM "User" u
  LEFT JOIN "Establishment" e ON e.finess = u."boundFiness"
  LEFT JOIN "LegalEntity" le ON le.finess = u."boundFiness"`;

/** One page of the users the reader may see, matching the search, by e-mail; with how many match in all. */
export async function listUsers(scope: UserScope, query: UserListQuery): Promise<{ users: UserRow[]; total: number }> {
  const where: Prisma.Sql[] = [];
  if (scope.kind === "region") where.push(inRegion(scope.regionCode));
  if (query.q) {
    const like = `%${likeEscaped(query.q)}%`;
    where.push(Prisma.sql`(u.email ILIKE ${like} OR concat_ws(' ', u."givenName", u."familyName") ILIKE ${like}
      OR concat_ws(' ', u."familyName", u."givenName") ILIKE ${like} OR u."boundFiness" ILIKE ${like}
      OR COALESCE(e.name, le.name) ILIKE ${like})`);
  }
  const filtered = where.length ? Prisma.sql`WHERE ${Prisma.join(where, " AND ")}` : Prisma.empty;
  const rows = db().$queryRaw<UserRow[]>`
    SELECT u.id, u.email, u."givenName", u."familyName", u."boundFiness", COALESCE(e.name, le.name) AS "establishmentName",
           u.roles::text[] AS roles, u."registeredAt", u."lastLoginAt"
    ${USERS}
    ${filtered}
    ORDER BY u.email
    LIMIT ${USERS_PAGE_SIZE} OFFSET ${(query.page - 1) * USERS_PAGE_SIZE}`;
  const [users, total] = await Promise.all([rows, countUsers(filtered)]);
  return { users, total };
}

async function countUsers(filtered: Prisma.Sql): Promise<number> {
  const [{ total }] = await db().$queryRaw<Array<{ total: bigint }>>`
    SELECT count(*) AS total ${USERS}
    ${filtered}`;
  return Number(total);
}

/**
 * Unbinds a user's e-mail from its FINESS: at their next sign-in they register again and may pick another of their
 * PLAGE profiles. Their sessions end now, so that nobody keeps acting for the old establishment.
 */
export async function unbindUserEmail(actor: Actor, input: UnbindUserEmailInput, now: Date): Promise<{ finess: string }> {
  return db().$transaction(async (tx) => {
    // The row locked: two admins unbinding at once get one unbinding, one journal row and one « nothing to unbind ».
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${input.userId} FOR UPDATE`;
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, email: true, boundFiness: true, registeredAt: true } });
    if (!user) throw sessionRefusals.refuse("USER_NOT_FOUND");
    if (!user.boundFiness) throw sessionRefusals.refuse("USER_NOT_BOUND", { email: user.email });
    await tx.user.update({ where: { id: user.id }, data: { boundFiness: null, registeredAt: null } });
    const { count } = await tx.session.updateMany({ where: { userId: user.id, endedAt: null }, data: { endedAt: now, endReason: "REVOKED", refreshToken: null } });
    await audit(tx, actor, {
      action: "user.unbind",
      entityType: "User",
      entityId: user.id,
      before: { boundFiness: user.boundFiness, registeredAt: user.registeredAt },
      after: { boundFiness: null, registeredAt: null, sessionsEnded: count },
    });
    return { finess: user.boundFiness };
  });
}
