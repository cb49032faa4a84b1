/**
 * How long a portal session lives. A session opens at sign-in and ends at the first of: sign-out or revocation (stored
 * on the session), its absolute lifetime (a working day, counted from sign-in and never extended), inactivity (no
 * request for the idle timeout), or a PLAGE profile ATIH has not confirmed for as long as the idle timeout (ATIH
 * unreachable, or no refresh token to ask with): roles nobody can vouch for do not outlive an idle session.
 */

export interface SessionPolicy {
  absoluteLifetimeMs: number;
  idleTimeoutMs: number;
  /** How often the PLAGE profile and roles are re-read from ATIH: a withdrawn role stops working within this delay. */
  profileRefreshMs: number;
}

/** lastSeenAt is kept to the minute: a request writes it at most once a minute. */
export const ACTIVITY_RESOLUTION_MS = 60_000;
/** After a failed re-reading (ATIH unreachable), the next request tries again once this delay has passed. */
export const PROFILE_RETRY_MS = 30_000;

/** Ends stored on the session row, by an event. */
export const STORED_SESSION_ENDS = ["SIGNED_OUT", "REVOKED", "PROFILE_REFUSED"] as const;
export type StoredSessionEnd = (typeof STORED_SESSION_ENDS)[number];
/** Every way a session ends: stored ones, and ends that follow from the clock. */
export type SessionEnd = StoredSessionEnd | "ABSOLUTE_LIFETIME" | "IDLE" | "PROFILE_UNCONFIRMED";

export interface SessionTimes {
  createdAt: Date;
  lastSeenAt: Date;
  profileCheckedAt: Date;
  profileRefreshAttemptAt: Date | null;
  endedAt: Date | null;
  endReason: StoredSessionEnd | null;
}

export type SessionStatus =
  | { open: false; end: SessionEnd }
  | {
      open: true;
      /** lastSeenAt is older than the resolution: this request moves it. */
      recordActivity: boolean;
      /** The profile is due for re-reading and no other request is re-reading it. */
      refreshProfile: boolean;
    };

const elapsed = (since: Date, now: Date) => now.getTime() - since.getTime();

export function sessionStatus(session: SessionTimes, now: Date, policy: SessionPolicy): SessionStatus {
  if (session.endedAt) return { open: false, end: session.endReason ?? "REVOKED" };
  if (elapsed(session.createdAt, now) >= policy.absoluteLifetimeMs) return { open: false, end: "ABSOLUTE_LIFETIME" };
  if (elapsed(session.lastSeenAt, now) >= policy.idleTimeoutMs) return { open: false, end: "IDLE" };
  if (elapsed(session.profileCheckedAt, now) >= policy.idleTimeoutMs) return { open: false, end: "PROFILE_UNCONFIRMED" };
  const attempt = session.profileRefreshAttemptAt;
  return {
    open: true,
    recordActivity: elapsed(session.lastSeenAt, now) >= ACTIVITY_RESOLUTION_MS,
    refreshProfile: elapsed(session.profileCheckedAt, now) >= policy.profileRefreshMs && (!attempt || elapsed(attempt, now) >= PROFILE_RETRY_MS),
  };
}

/** A policy that could never work is a configuration error: checked at boot with the other settings. */
export function policyProblems(policy: SessionPolicy): string[] {
  const problems: string[] = [];
  if (policy.idleTimeoutMs > policy.absoluteLifetimeMs) problems.push("le délai d'inactivité dépasse la durée maximale de session");
  if (policy.profileRefreshMs >= policy.idleTimeoutMs) problems.push("la relecture du profil PLAGE doit être plus fréquente que le délai d'inactivité");
  return problems;
}
