import { describe, expect, it } from "vitest";
import { isAcceptableCallbackUrl, sameOriginRedirect } from "./callback-url";

const BASE = "https://distrilog-sante.fr";

describe("sameOriginRedirect", () => {
  it("keeps an address in the portal, relative or absolute", () => {
    expect(sameOriginRedirect("/accueil", BASE)).toBe(`${BASE}/accueil`);
    expect(sameOriginRedirect(`${BASE}/commandes?semaine=2026-W49`, BASE)).toBe(`${BASE}/commandes?semaine=2026-W49`);
  });

  it("sends an address elsewhere back to the portal's home", () => {
    for (const url of ["https://evil.example/accueil", "//evil.example/x", "http://distrilog-sante.fr/accueil", "https://distrilog-sante.fr.evil.example/"]) {
      expect(sameOriginRedirect(url, BASE), url).toBe(BASE);
    }
  });

  it("never throws on a malformed address, and sends it home", () => {
    for (const url of ["http://a:b", "http://[::1", "https://", "javascript:alert(1)", "", "\u0000"]) {
      expect(() => sameOriginRedirect(url, BASE), url).not.toThrow();
      expect(sameOriginRedirect(url, BASE)).toMatch(/^https:\/\/distrilog-sante\.fr/);
    }
    expect(sameOriginRedirect("http://a:b", BASE)).toBe(BASE);
  });

  it("sends an address too long for a response header home, even one in the portal", () => {
    expect(sameOriginRedirect(`/accueil?${"a".repeat(1_990)}`, BASE)).toBe(`${BASE}/accueil?${"a".repeat(1_990)}`);
    expect(sameOriginRedirect(`/accueil?${"a".repeat(2_000)}`, BASE)).toBe(BASE);
    expect(sameOriginRedirect("a".repeat(2_000_000), BASE)).toBe(BASE);
  });
});

describe("isAcceptableCallbackUrl", () => {
  it("accepts http(s) addresses and paths, refuses what next-auth would fail on", () => {
    expect(isAcceptableCallbackUrl("/accueil", BASE)).toBe(true);
    expect(isAcceptableCallbackUrl("https://evil.example/", BASE)).toBe(true);
    expect(isAcceptableCallbackUrl("http://a:b", BASE)).toBe(false);
    expect(isAcceptableCallbackUrl("javascript:alert(1)", BASE)).toBe(false);
    expect(isAcceptableCallbackUrl("accueil", BASE)).toBe(false);
  });
});
