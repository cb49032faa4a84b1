import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { servesSnapshot, snapshotOf } from "./static-pages";

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("base64");

describe("a static public page's snapshot", () => {
  it("drops every nonce and lists the hash of each inline script, not of script files", () => {
    const rendered = [
      '<html><head><script src="/_next/static/chunks/a.js" async="" nonce="Tk9OQ0U="></script>',
      '<link rel="preload" as="script" href="/_next/static/chunks/b.js" nonce="Tk9OQ0U="/></head>',
      '<body><script nonce="Tk9OQ0U=">self.__next_f.push([0])</script>',
      '<script nonce="Tk9OQ0U=">self.__next_f.push([1,"é"])</script><script nonce="Tk9OQ0U=">self.__next_f.push([0])</script></body></html>',
    ].join("");
    const { html, inlineScriptHashes } = snapshotOf(rendered);
    expect(html).not.toContain("nonce");
    expect(html).toContain('<script src="/_next/static/chunks/a.js" async=""></script>');
    expect(inlineScriptHashes).toEqual([sha256("self.__next_f.push([0])"), sha256('self.__next_f.push([1,"é"])')]);
  });
});

describe("which requests a snapshot answers", () => {
  const request = (path: string, init: { method?: string; headers?: Record<string, string>; cookies?: string[] } = {}) => ({
    method: init.method ?? "GET",
    nextUrl: new URL(path, "http://localhost"),
    headers: new Headers(init.headers),
    cookies: { has: (name: string) => (init.cookies ?? []).includes(name) },
  });

  it("an anonymous page load of a static public page", () => {
    expect(servesSnapshot(request("/faq"))).toBe(true);
    expect(servesSnapshot(request("/", { method: "HEAD" }))).toBe(true);
    expect(servesSnapshot(request("/aide", { headers: { "sec-fetch-dest": "document" } }))).toBe(true);
  });

  it("not a signed-in visitor, a client-side navigation, a query, another page, a post or the snapshot's own request", () => {
    expect(servesSnapshot(request("/faq", { cookies: ["next-auth.session-token"] }))).toBe(false);
    expect(servesSnapshot(request("/faq", { cookies: ["__Secure-next-auth.session-token"] }))).toBe(false);
    expect(servesSnapshot(request("/faq", { headers: { "sec-fetch-dest": "empty" } }))).toBe(false);
    expect(servesSnapshot(request("/faq?x=1"))).toBe(false);
    expect(servesSnapshot(request("/contact"))).toBe(false);
    expect(servesSnapshot(request("/accueil"))).toBe(false);
    expect(servesSnapshot(request("/faq", { method: "POST" }))).toBe(false);
    expect(servesSnapshot(request("/faq", { headers: { "x-distrilog-snapshot": "1" } }))).toBe(false);
  });
});
