import { describe, expect, it } from "vitest";
import { sessionRefusals } from "./refusals";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const policy = { absoluteLifetimeMs: 10 * HOUR, idleTimeoutMs: 2 * HOUR };

describe("the session refusals", () => {
  const ended = (end: Parameters<typeof sessionRefusals.refusal<"SESSION_ENDED">>[1]["end"], p = policy) =>
    sessionRefusals.refusal("SESSION_ENDED", { end, policy: p }).message;

  it("say in French that the session ended, why, and to sign in again", () => {
    expect(ended("IDLE")).toBe("Votre session a pris fin : elle est restée 2 heures sans activité. Reconnectez-vous pour continuer.");
    expect(ended("ABSOLUTE_LIFETIME")).toContain("durée maximale de 10 heures");
    expect(ended("IDLE", { ...policy, idleTimeoutMs: 90 * MINUTE })).toContain("90 minutes");
    expect(ended("IDLE", { ...policy, idleTimeoutMs: HOUR })).toContain("restée 1 heure sans");
    expect(ended("SIGNED_OUT")).toMatch(/^Votre session a pris fin : vous vous êtes déconnecté\./);
  });

  it("explain a failed sign-in, known or not", () => {
    expect(sessionRefusals.refusal("SIGN_IN_FAILED", { error: "OAuthSignin" }).message).toContain("injoignable");
    expect(sessionRefusals.refusal("SIGN_IN_FAILED", { error: "Autre" }).message).toBe("La connexion a échoué. Recommencez.");
  });
});
