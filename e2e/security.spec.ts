import { expect, test } from "@playwright/test";
import { signInAsRegistered } from "./login";

const PAGES = ["/", "/faq", "/aide", "/contact", "/connexion", "/accueil", "/commandes", "/admin/categories", "/logistique"];

test("every page carries CSP (with a nonce), HSTS, frame-ancestors, nosniff, Referrer-Policy, Permissions-Policy and COOP, and breaks no script", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
  });
  await signInAsRegistered(page, "operateur@clinique-demo.fr");
  const nonces = new Set<string>();
  for (const path of PAGES) {
    const response = await page.goto(path);
    const headers = response!.headers();
    const csp = headers["content-security-policy"];
    expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("object-src 'none'");
    expect(csp, path).not.toContain("unsafe-eval");
    nonces.add(/'nonce-([^']+)'/.exec(csp)![1]);
    expect(headers["strict-transport-security"], path).toContain("max-age=");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    expect(headers["permissions-policy"], path).toContain("geolocation=()");
    expect(headers["cross-origin-opener-policy"], path).toBe("same-origin");
  }
  expect(nonces.size).toBe(PAGES.length);
  expect(violations).toEqual([]);
});

test("an anonymous visitor's static public pages come from their snapshot: hashes instead of a nonce, and no script refused", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
  });
  await page.setViewportSize({ width: 320, height: 700 });
  for (const path of ["/", "/faq", "/aide", "/mentions-legales"]) {
    // The first load may take the snapshot, the second comes from memory: both the same way.
    for (let load = 0; load < 2; load++) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      const headers = response!.headers();
      const csp = headers["content-security-policy"];
      expect(csp, path).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
      expect(csp, path).not.toContain("nonce");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(headers["strict-transport-security"], path).toContain("max-age=");
      expect(headers["x-request-id"], path).toBeTruthy();
      // Next's scripts ran (the page hydrated) and so did the DSFR's: its « Menu » button is taken over.
      await expect(page.getByRole("button", { name: "Menu" })).toHaveAttribute("data-fr-js-modal-button", "true");
    }
  }
  await page.getByRole("button", { name: "Menu" }).click();
  await page.getByRole("dialog").getByRole("link", { name: "Foire aux questions" }).click();
  // A client-side navigation: its fetch gets the page's RSC payload, not the snapshot (which would reload the page).
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Foire aux questions");
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  expect(violations).toEqual([]);
});

test("the session cookie is HttpOnly and SameSite=Lax", async ({ page, context }) => {
  await signInAsRegistered(page, "operateur@ehpad-demo.fr");
  const session = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});
