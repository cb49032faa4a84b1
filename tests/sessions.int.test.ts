/**
 * Server-side sessions on a real PostgreSQL and the real local identity provider (refresh tokens, userinfo), with an
 * explicit `now`: absolute lifetime, idle timeout, sign-out and revocation, PLAGE roles re-read while signed in.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { rereadProfile } from "@/lib/adapters/identity/atih";
import { PLAGE_ROLE_LABELS } from "@/lib/domain/identity/plage-roles";
import { accessOf } from "@/lib/server/access";
import type { Actor } from "@/lib/server/actor";
import { endUserSessions } from "@/lib/server/admin/user-sessions";
import { db } from "@/lib/server/db";
import { recordSignIn } from "@/lib/server/repositories/users";
import { endSession, loadSession, openSession, recordActivity, resumeSession, type Reread } from "@/lib/server/sessions";
import { plageClaimsSchema } from "@/lib/schemas/plage";
import { seedDemo } from "@/prisma/seed";
import { resetDatabase } from "./database";
import { signInAtIdp, startLocalIdp, type LocalIdp } from "./support/idp-sign-in";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const SIGN_IN = new Date("2026-12-01T07:00:00Z");
const at = (ms: number) => new Date(SIGN_IN.getTime() + ms);

let idp: LocalIdp;
/** What the portal does with a refresh token, against the local provider. Counts its calls. */
let rereads = 0;
const reread: Reread = (refreshToken) => {
  rereads++;
  return rereadProfile(idp, refreshToken);
};

/** A PLAGE sign-in through the provider, recorded by the portal, with a session opened at SIGN_IN. */
async function signedIn(email: string) {
  const { claims, refreshToken } = await signInAtIdp(idp, email);
  const user = await recordSignIn(plageClaimsSchema.parse(claims));
  return { userId: user.id, sessionId: await openSession(user.id, refreshToken, SIGN_IN) };
}

/** A request of the session at `now`, as the portal serves it (activity recorded when due). */
async function request(sessionId: string, now: Date, rereadWith: Reread = reread) {
  const resumed = await resumeSession(sessionId, now, rereadWith);
  if (resumed.status === "open" && resumed.recordActivity) await recordActivity(sessionId, now);
  return resumed;
}

beforeAll(async () => {
  idp = await startLocalIdp();
});

afterAll(async () => {
  await idp?.close();
});

beforeEach(async () => {
  await resetDatabase();
  await seedDemo(db());
  rereads = 0;
});

describe("a session's lifetime", () => {
  it("comes with its user in one query, the user exactly as stored", async () => {
    const { userId, sessionId } = await signedIn("operateur@clinique-demo.fr");
    await db().user.update({ where: { id: userId }, data: { registeredAt: SIGN_IN, jobTitle: "Cadre de santé", boundFiness: "690812342" } });
    const loaded = await loadSession(sessionId);
    expect(loaded?.user).toEqual(await db().user.findUniqueOrThrow({ where: { id: userId } }));
    expect(loaded?.session).toMatchObject({ id: sessionId, createdAt: SIGN_IN, lastSeenAt: SIGN_IN, endedAt: null, endReason: null });
    expect(await loadSession("inconnue")).toBeNull();
  });

  it("ends after 2 hours without a request, and not a millisecond before", async () => {
    const { sessionId } = await signedIn("operateur@clinique-demo.fr");
    expect(await request(sessionId, at(HOUR + 30 * MINUTE))).toMatchObject({ status: "open" });
    expect(await request(sessionId, at(3 * HOUR + 30 * MINUTE - 1))).toMatchObject({ status: "open" });
    const idle = at(3 * HOUR + 30 * MINUTE - 1 + 2 * HOUR);
    expect(await request(sessionId, idle)).toEqual({ status: "ended", end: "IDLE" });
    // A later request cannot bring it back.
    expect(await request(sessionId, at(6 * HOUR))).toEqual({ status: "ended", end: "IDLE" });
  });

  it("ends after 10 hours even when used all day long: renewals never extend it", async () => {
    const { sessionId } = await signedIn("operateur@clinique-demo.fr");
    for (let elapsed = 45 * MINUTE; elapsed < 10 * HOUR; elapsed += 45 * MINUTE) {
      expect(await request(sessionId, at(elapsed)), `après ${elapsed / MINUTE} min`).toMatchObject({ status: "open" });
    }
    expect(await request(sessionId, at(10 * HOUR - 1))).toMatchObject({ status: "open" });
    expect(await request(sessionId, at(10 * HOUR))).toEqual({ status: "ended", end: "ABSOLUTE_LIFETIME" });
    expect((await loadSession(sessionId))?.session.createdAt).toEqual(SIGN_IN);
    // Each of the day's 14 requests found the profile due (10-minute interval): ATIH confirmed it every time.
    expect(rereads).toBe(14);
  });

  it("ends at once on sign-out, for every copy of the cookie", async () => {
    const { sessionId } = await signedIn("operateur@clinique-demo.fr");
    await endSession(sessionId, "SIGNED_OUT", at(MINUTE));
    expect(await request(sessionId, at(MINUTE))).toEqual({ status: "ended", end: "SIGNED_OUT" });
    expect((await loadSession(sessionId))?.session).toMatchObject({ endReason: "SIGNED_OUT", endedAt: at(MINUTE), refreshToken: null });
  });

  it("records activity at most once a minute", async () => {
    const { sessionId } = await signedIn("operateur@clinique-demo.fr");
    expect(await request(sessionId, at(MINUTE - 1))).toMatchObject({ recordActivity: false });
    expect((await loadSession(sessionId))?.session.lastSeenAt).toEqual(SIGN_IN);
    expect(await request(sessionId, at(MINUTE))).toMatchObject({ recordActivity: true });
    expect((await loadSession(sessionId))?.session.lastSeenAt).toEqual(at(MINUTE));
  });

  it("drops a user's sessions past their lifetime when they sign in again", async () => {
    const { userId, sessionId } = await signedIn("operateur@clinique-demo.fr");
    const next = await openSession(userId, null, at(10 * HOUR + 1));
    expect(await loadSession(sessionId)).toBeNull();
    expect(await loadSession(next)).not.toBeNull();
  });
});

describe("PLAGE roles re-read while signed in", () => {
  afterAll(async () => {
    await idp.admin("restore", { email: "operateur@clinique-demo.fr" });
  });

  it("loses a role withdrawn at PLAGE at the first request after the refresh interval, without signing out", async () => {
    const { userId, sessionId } = await signedIn("operateur@clinique-demo.fr");
    await db().user.update({ where: { id: userId }, data: { registeredAt: SIGN_IN } });
    await idp.admin("withdraw-role", { email: "operateur@clinique-demo.fr", role: PLAGE_ROLE_LABELS.OPERATOR });

    const before = await request(sessionId, at(10 * MINUTE - 1));
    expect(before.status === "open" && before.user.roles).toEqual(["OPERATOR"]);
    const after = await request(sessionId, at(10 * MINUTE));
    if (after.status !== "open") throw new Error("la session devait rester ouverte");
    expect(after.user.roles).toEqual([]);
    expect((await accessOf(after.user)).decision.failures.map((f) => f.code)).toEqual(["MISSING_ROLE"]);
    expect((await db().user.findUniqueOrThrow({ where: { id: userId } })).roles).toEqual([]);

    await idp.admin("restore", { email: "operateur@clinique-demo.fr" });
    const restored = await request(sessionId, at(20 * MINUTE));
    expect(restored.status === "open" && restored.user.roles).toEqual(["OPERATOR"]);
  });

  it("re-reads once for concurrent requests of one session", async () => {
    const { sessionId } = await signedIn("operateur@clinique-demo.fr");
    const results = await Promise.all(Array.from({ length: 8 }, () => request(sessionId, at(15 * MINUTE))));
    expect(results.every((r) => r.status === "open")).toBe(true);
    expect(rereads).toBe(1);
  });

  it("ends the session when ATIH refuses the refresh token", async () => {
    const { userId } = await signedIn("operateur@clinique-demo.fr");
    const forged = await openSession(userId, "jeton-inconnu-de-l-atih", SIGN_IN);
    expect(await request(forged, at(10 * MINUTE))).toEqual({ status: "ended", end: "PROFILE_REFUSED" });
    expect((await loadSession(forged))?.session).toMatchObject({ endReason: "PROFILE_REFUSED", refreshToken: null });
  });

  it("keeps the roles while ATIH is unreachable, retries, and ends the session once they are 2 hours unconfirmed", async () => {
    const { sessionId } = await signedIn("operateur@clinique-demo.fr");
    let attempts = 0;
    const unreachable: Reread = (token) => {
      attempts++;
      return rereadProfile({ ...idp, issuer: "http://127.0.0.1:9" }, token);
    };
    const open = await request(sessionId, at(10 * MINUTE), unreachable);
    expect(open.status === "open" && open.user.roles).toEqual(["OPERATOR"]);
    expect(await request(sessionId, at(10 * MINUTE + 29_000), unreachable)).toMatchObject({ status: "open" });
    expect(attempts).toBe(1);
    expect(await request(sessionId, at(10 * MINUTE + 30_000), unreachable)).toMatchObject({ status: "open" });
    expect(attempts).toBe(2);
    expect(await request(sessionId, at(HOUR + 50 * MINUTE), unreachable)).toMatchObject({ status: "open" });
    expect(await request(sessionId, at(2 * HOUR), unreachable)).toEqual({ status: "ended", end: "PROFILE_UNCONFIRMED" });
  });
});

describe("a national admin ends a user's sessions", () => {
  it("ends every open session of that user, audited, and no one else's", async () => {
    const clinic = await signedIn("operateur@clinique-demo.fr");
    const second = await openSession(clinic.userId, null, at(MINUTE));
    const ehpad = await signedIn("operateur@ehpad-demo.fr");
    const admin = await recordSignIn(plageClaimsSchema.parse((await signInAtIdp(idp, "admin@demo.fr")).claims));
    const actor: Actor = { id: admin.id, email: "admin@demo.fr", roles: ["NATIONAL_ADMIN"], regionCode: null, establishmentFiness: null };

    expect(await endUserSessions(actor, { userId: clinic.userId }, at(2 * MINUTE))).toEqual({ ended: 2 });
    expect(await request(clinic.sessionId, at(2 * MINUTE))).toEqual({ status: "ended", end: "REVOKED" });
    expect(await request(second, at(2 * MINUTE))).toEqual({ status: "ended", end: "REVOKED" });
    expect(await request(ehpad.sessionId, at(2 * MINUTE))).toMatchObject({ status: "open" });
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "user.sessions.end" } });
    expect(audit).toMatchObject({ actorId: admin.id, entityType: "User", entityId: clinic.userId, after: { ended: 2 } });
    // Already ended: nothing more to end.
    expect(await endUserSessions(actor, { userId: clinic.userId }, at(3 * MINUTE))).toEqual({ ended: 0 });
  });
});
