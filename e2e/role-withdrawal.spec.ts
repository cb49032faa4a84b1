/**
 * A role withdrawn at PLAGE stops working without the user signing out: the portal re-reads the profile from ATIH
 * while the session lasts. On a stack of its own, whose re-reading interval is shortened to 2 seconds.
 */
import { expect, test, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { PLAGE_ROLE_LABELS } from "../lib/domain/identity/plage-roles";
import type { RunningStack } from "../scripts/lib/stack";
import { actionId, callAction } from "./api-client";
import { signInAsRegistered } from "./login";
import { startOwnStack } from "./own-stack";

test.describe.configure({ mode: "serial", timeout: 240_000 });

const REFRESH_SECONDS = 2;
const OPERATOR = "operateur@clinique-demo.fr";

let stack: RunningStack;

test.beforeAll(async () => {
  stack = await startOwnStack("role-withdrawal", 40, { appEnv: { SESSION_PROFILE_REFRESH_SECONDS: String(REFRESH_SECONDS) } });
});

test.afterAll(async () => {
  await stack?.stop();
});

/** What an APE does in PLAGE, through the local provider's test administration. */
async function plageAdmin(operation: "withdraw-role" | "restore", body: { email: string; role?: string }) {
  const response = await fetch(`${stack.idpAdmin.url}/accounts/${operation}`, {
    method: "POST",
    headers: { authorization: `Bearer ${stack.idpAdmin.token}` },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(204);
}

/** Past the re-reading interval: the next request asks ATIH again. */
const afterRefreshInterval = (page: Page) => page.waitForTimeout(REFRESH_SECONDS * 1000 + 500);

const placeOrder = (page: Page) =>
  callAction(page.request, "/commandes/nouvelle", actionId("app/(etablissement)/commandes/actions.ts", "placeOrderAction"), {
    idempotencyKey: randomUUID(),
    kind: "STATE_STOCK",
    lines: [{ productId: randomUUID(), packs: 1 }],
  });

test("« Opérateur commande EPI » withdrawn at PLAGE: pages and actions refuse at the next re-reading; granted back, they work again", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: stack.appUrl });
  const page = await context.newPage();
  await signInAsRegistered(page, OPERATOR);
  await page.goto("/commandes/nouvelle");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nouvelle commande");

  await plageAdmin("withdraw-role", { email: OPERATOR, role: PLAGE_ROLE_LABELS.OPERATOR });
  await afterRefreshInterval(page);

  await page.goto("/commandes/nouvelle");
  await expect(page).toHaveURL(/\/acces-refuse$/);
  await expect(page.locator("[data-failure]")).toHaveAttribute("data-failure", "MISSING_ROLE");
  // The refusal names the real cause: the role withdrawn at PLAGE.
  expect(await placeOrder(page)).toMatchObject({ ok: false, code: "ACCESS_WITHDRAWN", details: { cause: { code: "MISSING_ROLE" } } });
  // Still signed in: only the role went.
  await expect(page.getByRole("banner").getByRole("button", { name: "Se déconnecter" })).toBeVisible();

  await plageAdmin("restore", { email: OPERATOR });
  await afterRefreshInterval(page);
  await page.goto("/commandes/nouvelle");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nouvelle commande");
  await context.close();
});
