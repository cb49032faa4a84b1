import "server-only";
import { sessionRefusals } from "@/lib/domain/session/refusals";
import { sessionStatus } from "@/lib/domain/session/session-lifetime";
import type { EndUserSessionsInput } from "@/lib/schemas/user-sessions";
import type { Actor } from "../actor";
import { audit } from "../audit";
import { db } from "../db";
import { sessionPolicy } from "../env";

const SESSION_TIMES = {
  createdAt: true,
  lastSeenAt: true,
  profileCheckedAt: true,
  profileRefreshAttemptAt: true,
  endedAt: true,
  endReason: true,
} as const;

/** A user found by e-mail, with how many of their sessions are open at `now` and when one was last used. */
export async function findUserWithSessions(email: string, now: Date) {
  const user = await db().user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      givenName: true,
      familyName: true,
      roles: true,
      boundFiness: true,
      lastLoginAt: true,
      sessions: { where: { endedAt: null }, select: SESSION_TIMES },
    },
  });
  if (!user) return null;
  const { sessions, ...rest } = user;
  const open = sessions.filter((session) => sessionStatus(session, now, sessionPolicy()).open);
  const lastSeenAt = open.reduce<Date | null>((last, s) => (!last || s.lastSeenAt > last ? s.lastSeenAt : last), null);
  return { ...rest, openSessions: open.length, lastSeenAt };
}

/**
 * Ends every session of a user, on every browser and instance, from their next request (a stolen or forgotten
 * session, a departure). Returns how many were open; the audit row names the admin.
 */
export async function endUserSessions(actor: Actor, input: EndUserSessionsInput, now: Date): Promise<{ ended: number }> {
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true } });
    if (!user) throw sessionRefusals.refuse("USER_NOT_FOUND");
    const sessions = await tx.session.findMany({ where: { userId: user.id, endedAt: null }, select: SESSION_TIMES });
    const ended = sessions.filter((session) => sessionStatus(session, now, sessionPolicy()).open).length;
    await tx.session.updateMany({ where: { userId: user.id, endedAt: null }, data: { endedAt: now, endReason: "REVOKED", refreshToken: null } });
    await audit(tx, actor, { action: "user.sessions.end", entityType: "User", entityId: user.id, after: { ended } });
    return { ended };
  });
}
