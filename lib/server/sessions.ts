import "server-only";
import { randomBytes } from "node:crypto";
import { Prisma, type User } from "@/generated/prisma/client";
import type { FinessRecord } from "@/lib/domain/access/access-decision";
import { rereadProfile, type ProfileRereading } from "@/lib/adapters/identity/atih";
import { sessionStatus, type SessionEnd, type SessionTimes, type StoredSessionEnd } from "@/lib/domain/session/session-lifetime";
import { plageClaimsSchema } from "@/lib/schemas/plage";
import { db } from "./db";
import { env, sessionPolicy } from "./env";
import { describeError, logger } from "./observability/logger";
import { finessRecordJson } from "./repositories/finess-records";
import { recordProfile } from "./repositories/users";

/**
 * Server-side sessions: the session cookie (encrypted by next-auth) carries only a session id; the row says whether
 * the session is still open. Sign-out and revocation end it for every copy of the cookie, on every instance.
 */

export type ResumedSession =
  | { status: "open"; sessionId: string; user: User; recordActivity: boolean; finessRecords: readonly FinessRecord[] }
  | { status: "ended"; end: SessionEnd }
  /** No such session: an unknown id, or a row purged long after it ended. */
  | { status: "none" };

interface SessionRow extends SessionTimes {
  id: string;
  refreshToken: string | null;
}

/** Opens a session at sign-in, and drops the user's sessions that can never be valid again. */
export async function openSession(userId: string, refreshToken: string | null, now: Date): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  const deadBefore = new Date(now.getTime() - sessionPolicy().absoluteLifetimeMs);
  await db().$transaction([
    db().session.deleteMany({ where: { userId, createdAt: { lt: deadBefore } } }),
    db().session.create({ data: { id, userId, createdAt: now, lastSeenAt: now, profileCheckedAt: now, refreshToken } }),
  ]);
  return id;
}

/**
 * The session, its user and the referential's record of each FINESS of the user's PLAGE profiles, in one query: the
 * access decision needs them all, so a request's session and access cost one round trip. Session columns come back
 * prefixed with "$"; the rest is the user row.
 */
export async function loadSession(id: string): Promise<{ session: SessionRow; user: User; finessRecords: FinessRecord[] } | null> {
  const [row] = await db().$queryRaw<Array<Record<string, unknown>>>`
    SELECT u.*, u.roles::text[] AS "$roles",
           s.id AS "$id", s."createdAt" AS "$createdAt", s."lastSeenAt" AS "$lastSeenAt",
           s."profileCheckedAt" AS "$profileCheckedAt", s."profileRefreshAttemptAt" AS "$profileRefreshAttemptAt",
           s."refreshToken" AS "$refreshToken", s."endedAt" AS "$endedAt", s."endReason"::text AS "$endReason",
           (SELECT COALESCE(jsonb_agg(${finessRecordJson(Prisma.sql`p.finess`)}), '[]'::jsonb)
              FROM (SELECT DISTINCT profile->>'finess' AS finess
                      FROM jsonb_array_elements(CASE jsonb_typeof(u."plageProfiles") WHEN 'array' THEN u."plageProfiles" ELSE '[]'::jsonb END) profile
                     WHERE profile->>'finess' IS NOT NULL) p) AS "$finessRecords"
      FROM "Session" s JOIN "User" u ON u.id = s."userId"
     WHERE s.id = ${id}`;
  if (!row) return null;
  const session: Record<string, unknown> = {};
  const user: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    if (column.startsWith("$")) session[column.slice(1)] = value;
    else user[column] = value;
  }
  // An enum array comes back from raw SQL as its text literal; its text[] cast is the list.
  user.roles = session.roles;
  const finessRecords = session.finessRecords as FinessRecord[];
  delete session.roles;
  delete session.finessRecords;
  return { session: session as unknown as SessionRow, user: user as unknown as User, finessRecords };
}

/** Ends one session (sign-out, refusal by ATIH): every copy of its cookie is refused from now on. */
export async function endSession(id: string, reason: StoredSessionEnd, now: Date): Promise<void> {
  await db().session.updateMany({ where: { id, endedAt: null }, data: { endedAt: now, endReason: reason, refreshToken: null } });
}

/** Moves the idle timeout's start; the status was computed at `now`, so an ended session is never reopened. */
export async function recordActivity(id: string, now: Date): Promise<void> {
  await db().session.updateMany({ where: { id, endedAt: null, lastSeenAt: { lt: now } }, data: { lastSeenAt: now } });
}

export type Reread = (refreshToken: string) => Promise<ProfileRereading>;

const rereadFromAtih: Reread = (refreshToken) => {
  const config = env();
  return rereadProfile({ issuer: config.ATIH_ISSUER, clientId: config.ATIH_CLIENT_ID, clientSecret: config.ATIH_CLIENT_SECRET }, refreshToken);
};

/**
 * Re-reads the profile from ATIH for one request of the session (the first to claim it); the others carry on with the
 * roles they have, at most one interval old. Returns the user as it now stands, or the end ATIH's refusal causes.
 */
async function refreshProfile(session: SessionRow, user: User, now: Date, reread: Reread): Promise<{ user: User } | { end: SessionEnd }> {
  if (!session.refreshToken) return { user };
  // Both columns as this request read them: a request that read the session before another one's re-read finished
  // (attempt back to null, checked moved on) must not claim a second re-read.
  const claimed = await db().session.updateMany({
    where: { id: session.id, endedAt: null, profileRefreshAttemptAt: session.profileRefreshAttemptAt, profileCheckedAt: session.profileCheckedAt },
    data: { profileRefreshAttemptAt: now },
  });
  if (claimed.count === 0) return { user };
  const reading = await reread(session.refreshToken);
  if (reading.status === "unreachable") {
    logger().warn({ sessionUser: user.id, detail: reading.detail }, "session : profil PLAGE non relu, ATIH injoignable");
    return { user };
  }
  const claims = reading.status === "confirmed" ? plageClaimsSchema.safeParse(reading.claims) : null;
  if (!claims?.success || claims.data.sub !== user.plageSubject) {
    await endSession(session.id, "PROFILE_REFUSED", now);
    return { end: "PROFILE_REFUSED" };
  }
  const refreshToken = reading.status === "confirmed" ? reading.refreshToken : null;
  const updated = await db().$transaction(async (tx) => {
    await tx.session.update({ where: { id: session.id }, data: { profileCheckedAt: now, profileRefreshAttemptAt: null, refreshToken } });
    return recordProfile(tx, user, claims.data);
  });
  return { user: updated };
}

/** The session behind a cookie at `now`: open (with its user, profile re-read when due), ended (and why), or none. */
export async function resumeSession(id: string, now: Date, reread: Reread = rereadFromAtih): Promise<ResumedSession> {
  const loaded = await loadSession(id);
  if (!loaded) return { status: "none" };
  const status = sessionStatus(loaded.session, now, sessionPolicy());
  if (!status.open) return { status: "ended", end: status.end };
  let user = loaded.user;
  if (status.refreshProfile) {
    const refreshed = await refreshProfile(loaded.session, user, now, reread).catch((error: unknown) => {
      logger().warn({ error: describeError(error) }, "session : relecture du profil PLAGE interrompue");
      return { user };
    });
    if ("end" in refreshed) return { status: "ended", end: refreshed.end };
    user = refreshed.user;
  }
  return { status: "open", sessionId: id, user, recordActivity: status.recordActivity, finessRecords: loaded.finessRecords };
}
