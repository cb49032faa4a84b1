import { describe, expect, it } from "vitest";
import { policyProblems, sessionStatus, type SessionPolicy, type SessionTimes } from "./session-lifetime";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const policy: SessionPolicy = { absoluteLifetimeMs: 10 * HOUR, idleTimeoutMs: 2 * HOUR, profileRefreshMs: 10 * MINUTE };

const signIn = new Date("2026-12-01T07:00:00Z");
const at = (ms: number) => new Date(signIn.getTime() + ms);

/** A session opened at `signIn`, last seen and confirmed at the given offsets. */
function session(overrides: Partial<SessionTimes> = {}): SessionTimes {
  return { createdAt: signIn, lastSeenAt: signIn, profileCheckedAt: signIn, profileRefreshAttemptAt: null, endedAt: null, endReason: null, ...overrides };
}

describe("sessionStatus", () => {
  it("keeps a fresh session open, with nothing to write", () => {
    expect(sessionStatus(session(), at(30_000), policy)).toEqual({ open: true, recordActivity: false, refreshProfile: false });
  });

  it("ends at once when the session was signed out or revoked, whatever the clock says", () => {
    expect(sessionStatus(session({ endedAt: at(MINUTE), endReason: "SIGNED_OUT" }), at(MINUTE), policy)).toEqual({ open: false, end: "SIGNED_OUT" });
    expect(sessionStatus(session({ endedAt: at(MINUTE), endReason: "REVOKED" }), at(2 * MINUTE), policy)).toEqual({ open: false, end: "REVOKED" });
    expect(sessionStatus(session({ endedAt: at(MINUTE), endReason: "PROFILE_REFUSED" }), at(2 * MINUTE), policy)).toEqual({ open: false, end: "PROFILE_REFUSED" });
  });

  it("ends after its absolute lifetime even when used and confirmed a moment ago", () => {
    const busy = session({ lastSeenAt: at(10 * HOUR - MINUTE), profileCheckedAt: at(10 * HOUR - MINUTE) });
    expect(sessionStatus(busy, at(10 * HOUR - 1), policy).open).toBe(true);
    expect(sessionStatus(busy, at(10 * HOUR), policy)).toEqual({ open: false, end: "ABSOLUTE_LIFETIME" });
  });

  it("ends after the idle timeout without a request", () => {
    const seen = session({ lastSeenAt: at(3 * HOUR), profileCheckedAt: at(3 * HOUR) });
    expect(sessionStatus(seen, at(5 * HOUR - 1), policy).open).toBe(true);
    expect(sessionStatus(seen, at(5 * HOUR), policy)).toEqual({ open: false, end: "IDLE" });
  });

  it("ends when ATIH has not confirmed the profile for the idle timeout, even with activity", () => {
    const unconfirmed = session({ lastSeenAt: at(2 * HOUR), profileCheckedAt: at(0) });
    expect(sessionStatus(unconfirmed, at(2 * HOUR), policy)).toEqual({ open: false, end: "PROFILE_UNCONFIRMED" });
  });

  it("records activity at most once per minute", () => {
    expect(sessionStatus(session(), at(MINUTE - 1), policy)).toMatchObject({ open: true, recordActivity: false });
    expect(sessionStatus(session(), at(MINUTE), policy)).toMatchObject({ open: true, recordActivity: true });
  });

  it("asks for a re-reading of the profile once the refresh interval has passed", () => {
    expect(sessionStatus(session({ lastSeenAt: at(9 * MINUTE) }), at(10 * MINUTE - 1), policy)).toMatchObject({ refreshProfile: false });
    expect(sessionStatus(session({ lastSeenAt: at(9 * MINUTE) }), at(10 * MINUTE), policy)).toMatchObject({ refreshProfile: true });
  });

  it("waits before retrying a re-reading under way or failed, then retries", () => {
    const attempted = session({ lastSeenAt: at(10 * MINUTE), profileRefreshAttemptAt: at(10 * MINUTE) });
    expect(sessionStatus(attempted, at(10 * MINUTE + 29_999), policy)).toMatchObject({ open: true, refreshProfile: false });
    expect(sessionStatus(attempted, at(10 * MINUTE + 30_000), policy)).toMatchObject({ open: true, refreshProfile: true });
  });
});

describe("policyProblems", () => {
  it("accepts the default policy and refuses an idle timeout longer than the lifetime or a refresh slower than it", () => {
    expect(policyProblems(policy)).toEqual([]);
    expect(policyProblems({ ...policy, idleTimeoutMs: 11 * HOUR })).toHaveLength(1);
    expect(policyProblems({ ...policy, profileRefreshMs: 2 * HOUR })).toHaveLength(1);
  });
});
