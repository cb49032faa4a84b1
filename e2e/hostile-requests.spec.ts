/**
 * What a clumsy user or an attacker sent in issue 11, each answered with a French page or message and a status below
 * 500: unknown pages, weeks outside 2020 to next year on every page and export that reads one, and server action
 * requests over the size limit, malformed or from another site.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import { readFileSync } from "node:fs";
import { expectNoAccessibilityViolations } from "./accessibility";
import { actionId, signedInClient } from "./api-client";
import { registerOperator } from "./own-stack";
import { E2E_APP_URL } from "./ports";

/** Next's own English pages and messages: none may reach a user. */
const ENGLISH = /This page (could not be found|couldn.t load)|Application error|Internal Server Error|Invalid Server Action|Body exceeded/;

test("an unknown page gets the French 404 page, in the DSFR look, accessible", async ({ page }) => {
  const response = await page.goto("/cette-page-n-existe-pas");
  expect(response!.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page non trouvée");
  await expect(page.getByText("Erreur 404")).toBeVisible();
  await expect(page.getByRole("link", { name: "Page d'accueil" })).toHaveAttribute("href", "/");
  await expect(page.getByRole("banner")).toContainText("Distrilog-santé");
  expect(await page.content()).not.toMatch(ENGLISH);
  expect(await page.title()).toBe("Page non trouvée – Distrilog-santé");
  await expectNoAccessibilityViolations(page);
});

test("an order number that is not digits, or past PostgreSQL's integers, is a French 404 — not another order", async () => {
  const operator = await signedInClient(E2E_APP_URL, "operateur@ehpad-demo.fr");
  if ((await operator.get("/accueil", { maxRedirects: 0 })).status() !== 200) await registerOperator(operator, "operateur@ehpad-demo.fr");
  for (const number of ["0x10", "1e1", "99999999999", "-1"]) {
    const response = await operator.get(`/commandes/${number}`);
    expect(response.status(), number).toBe(404);
    expect(await response.text(), number).toContain("Page non trouvée");
  }
});

const WEEKS = ["1900-W01", "0000-W01", "9999-W52"];

test.describe("weeks outside 2020 to next year", () => {
  let ars: APIRequestContext;
  let logistician: APIRequestContext;

  test.beforeAll(async () => {
    ars = await signedInClient(E2E_APP_URL, "ars.ara@demo.fr");
    logistician = await signedInClient(E2E_APP_URL, "logistique@demo.fr");
  });

  for (const week of WEEKS) {
    test(`${week}: the dashboard, its exports, the logistics page and the picking list answer in French`, async () => {
      const dashboard = await ars.get(`/tableau-de-bord?semaine=${week}`);
      expect(dashboard.status()).toBe(200);
      const dashboardHtml = await dashboard.text();
      expect(dashboardHtml).toContain("Paramètres invalides");
      expect(dashboardHtml).toMatch(/Semaine invalide : indiquez-la au format 2026-W47 \(année, W, numéro de semaine ISO\), de 2020 à \d{4}\./);
      expect(dashboardHtml).not.toMatch(ENGLISH);

      for (const format of ["csv", "xlsx"]) {
        const exported = await ars.get(`/tableau-de-bord/export?format=${format}&semaine=${week}`);
        expect(exported.status()).toBe(400);
        expect(await exported.text()).toMatch(/^Semaine invalide : /);
      }

      const logistics = await logistician.get(`/logistique?semaine=${week}`);
      expect(logistics.status()).toBe(200);
      const logisticsHtml = await logistics.text();
      expect(logisticsHtml).toContain("La semaine en cours est affichée.");
      expect(logisticsHtml).not.toMatch(ENGLISH);

      const picking = await logistician.get(`/logistique/preparation?semaine=${week}`);
      expect(picking.status()).toBe(400);
      expect(await picking.text()).toMatch(/^Semaine invalide : /);
    });
  }
});

test.describe("server action requests Next would answer with a 500", () => {
  const contact = () => actionId("app/(public)/contact/actions.ts", "sendContactMessageAction");
  const post = (request: APIRequestContext, headers: Record<string, string>, data: string | Buffer) =>
    request.post("/contact", { headers: { "next-action": contact(), accept: "text/x-component", ...headers }, data, maxRedirects: 0 });

  test.beforeAll(() => {
    // The build the suite runs holds the action's id.
    expect(readFileSync(`${process.env.NEXT_DIST_DIR ?? ".next"}/server/server-reference-manifest.json`, "utf8")).toContain(contact());
  });

  test("a body over 1 MB: 413, in French", async ({ request }) => {
    const body = JSON.stringify([{ name: "x".repeat(1_100_000), email: "a@b.fr", topic: "autre", message: "Un message." }]);
    const response = await post(request, { "content-type": "text/plain;charset=UTF-8" }, body);
    expect(response.status()).toBe(413);
    expect(response.headers()["x-refusal-code"]).toBe("REQUEST_TOO_LARGE");
    expect(await response.text()).not.toMatch(ENGLISH);
  });

  for (const [name, type, body] of [
    ["malformed JSON", "text/plain;charset=UTF-8", '[{"name":'],
    ["JSON that is no list of arguments", "text/plain;charset=UTF-8", '{"name":"Camille"}'],
    ["malformed multipart data", "multipart/form-data; boundary=XYZ", '--XYZ\r\nContent-Disposition: form-data; name="0"\r\n\r\n["a"'],
  ] as const) {
    test(`${name}: 400, in French`, async ({ request }) => {
      const response = await post(request, { "content-type": type }, body);
      expect(response.status()).toBe(400);
      expect(response.headers()["x-refusal-code"]).toBe("REQUEST_UNREADABLE");
      expect(await response.text()).not.toMatch(ENGLISH);
    });
  }

  test("a request from another site: 403, in French", async ({ request }) => {
    const response = await post(request, { "content-type": "text/plain;charset=UTF-8", origin: "https://ailleurs.example" }, "[]");
    expect(response.status()).toBe(403);
    expect(response.headers()["x-refusal-code"]).toBe("REQUEST_FROM_ELSEWHERE");
  });

  test("the browser's own request still goes through", async ({ request }) => {
    const response = await post(request, { "content-type": "text/plain;charset=UTF-8", origin: E2E_APP_URL }, JSON.stringify([{ name: "" }]));
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain("Certaines informations sont invalides");
  });
});

test.describe("requests no page of the portal makes, which Next would answer in English", () => {
  test("TRACE: 405, in French, on pages and route handlers", async ({ request }) => {
    for (const path of ["/", "/accueil", "/api/health"]) {
      const response = await request.fetch(path, { method: "TRACE", maxRedirects: 0 });
      expect(response.status(), path).toBe(405);
      expect(response.headers().allow, path).toBe("GET, HEAD, POST");
      expect(response.headers()["x-refusal-code"], path).toBe("METHOD_NOT_ALLOWED");
      expect(await response.text(), path).toMatch(/^Méthode HTTP non acceptée/);
    }
  });

  test("Next's image optimiser, which the portal does not use: the French 404 page", async ({ request }) => {
    for (const path of ["/_next/image", "/_next/image?url=%2Fx.png&w=1&q=1", "/_next/image?url=https%3A%2F%2Failleurs.example%2Fx.png&w=64&q=75"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      const html = await response.text();
      expect(html, path).toContain("Page non trouvée");
      expect(html, path).not.toMatch(/parameter|not allowed/);
    }
  });
});
