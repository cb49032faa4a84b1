/**
 * The anonymous flood of the contact form that used to starve the database pool (issue 11: 100 concurrent submissions
 * for 2 s → 425 failures, and 4 of 10 signed-in users' actions failed meanwhile), replayed on the real actions and
 * PostgreSQL while 10 signed-in users declare stock, order and cancel. Each call runs as its own request: the
 * request's headers (a forged X-Forwarded-For each time, which must not multiply the budget) and its actor.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/server/action";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { ABUSE_LIMITS } from "@/lib/server/rate-limits";
import { seedDemo } from "@/prisma/seed";
import { resetDatabase } from "./database";
import { simulatedRequests } from "./support/simulated-request";

vi.mock("next/headers", async (original) => {
  const { simulatedHeaders } = await import("./support/simulated-request");
  return { ...(await original<typeof import("next/headers")>()), headers: async () => simulatedHeaders() };
});
vi.mock("@/lib/server/actor", async (original) => {
  const { simulatedRequests } = await import("./support/simulated-request");
  return { ...(await original<typeof import("@/lib/server/actor")>()), currentActor: async () => simulatedRequests.getStore()?.actor ?? null };
});
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const CLINIC = "690812342";
const USERS = 10;
/** A wave of 100 concurrent submissions every 100 ms for 2 s, none waiting for an answer: 2 000 at most. */
const WAVE = 100;
const WAVE_EVERY_MS = 100;
const FLOOD_MS = 2_000;

const as = <T>(actor: Actor | null, run: () => Promise<T>) =>
  simulatedRequests.run({ actor, headers: new Headers({ "x-forwarded-for": `203.0.113.${Math.floor(Math.random() * 250)}` }) }, run);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let operators: Actor[];
let masks: string;

async function newOperator(name: string): Promise<Actor> {
  const email = `operateur.${name}@clinique-demo.fr`;
  const user = await db().user.create({ data: { email, plageSubject: `plage-${name}`, roles: ["OPERATOR"], boundFiness: CLINIC, registeredAt: new Date() } });
  return { id: user.id, email, roles: ["OPERATOR"], regionCode: null, establishmentFiness: CLINIC };
}

beforeAll(async () => {
  await resetDatabase();
  await seedDemo(db());
  operators = await Promise.all(Array.from({ length: USERS }, (_, i) => newOperator(String(i))));
  masks = (await db().product.findUniqueOrThrow({ where: { reference: "EPI-MCH-50" } })).id;
}, 60_000);

describe("a flood of the contact form", () => {
  it("gets French refusals past the address's limit, while 10 signed-in users' actions all succeed", { timeout: 60_000 }, async () => {
    const { sendContactMessageAction } = await import("@/app/(public)/contact/actions");
    const { placeOrderAction, cancelOrderAction } = await import("@/app/(etablissement)/commandes/actions");
    const { declareStockAction } = await import("@/app/(etablissement)/stock/actions");
    const message = { name: "Robot", email: "robot@exemple.fr", topic: "autre", message: "Un message parmi des centaines d'autres." };

    const end = Date.now() + FLOOD_MS;
    const flood = (async () => {
      const submissions: Promise<ActionResult<unknown>>[] = [];
      for (let wave = 0; wave < FLOOD_MS / WAVE_EVERY_MS && Date.now() < end; wave++) {
        for (let i = 0; i < WAVE; i++) submissions.push(as(null, () => sendContactMessageAction(message)));
        await pause(WAVE_EVERY_MS);
      }
      return Promise.all(submissions);
    })();

    // Meanwhile each user — the first at once, the last 1.8 s into the flood — declares a stock, places a one-box
    // order and cancels it, again until the flood is over.
    const signedIn = operators.map(async (actor, index) => {
      await pause((index * FLOOD_MS) / USERS);
      const results: Array<{ action: string; result: ActionResult<unknown> }> = [];
      const record = async (action: string, call: () => Promise<ActionResult<unknown>>) => {
        const result = await as(actor, call);
        results.push({ action, result });
        return result;
      };
      do {
        await record("déclaration de stock", () => declareStockAction({ countedOn: "", lines: [{ productId: masks, quantity: "120" }] }));
        const placed = await record("commande", () =>
          placeOrderAction({ idempotencyKey: randomUUID(), kind: "STATE_STOCK", lines: [{ productId: masks, packs: 1 }] }),
        );
        const orderId = placed.ok ? (placed.data as { orderId?: string }).orderId : undefined;
        if (orderId) await record("annulation", () => cancelOrderAction({ orderId }));
      } while (Date.now() < end);
      return results;
    });

    const floodResults = await flood;
    const userResults = (await Promise.all(signedIn)).flat();

    // The signed-in side: every action went through (an order placed, not merely answered).
    const failed = userResults.filter(({ result }) => !result.ok);
    expect(failed.map(({ action, result }) => `${action} : ${JSON.stringify(result)}`)).toEqual([]);
    expect(userResults.filter((r) => r.action === "annulation").length).toBeGreaterThanOrEqual(USERS);

    // The flood side: the address's budget, exactly, however many addresses it claimed; then the limit's refusals.
    const accepted = floodResults.filter((r) => r.ok);
    const refused = floodResults.filter((r) => !r.ok);
    expect(accepted).toHaveLength(ABUSE_LIMITS.publicForm.points);
    expect(await db().contactMessage.count()).toBe(ABUSE_LIMITS.publicForm.points);
    expect(refused.length).toBeGreaterThan(WAVE);
    for (const result of refused) {
      expect(result).toMatchObject({ ok: false, code: "RATE_LIMITED", details: { limit: "publicForm", retryAfterSeconds: expect.any(Number) } });
      expect(result.ok || (result.details as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
    }
  });
});

describe("the per-account limit of signed-in actions", () => {
  it("refuses an account past its budget, and only that account", { timeout: 60_000 }, async () => {
    const { cancelOrderAction } = await import("@/app/(etablissement)/commandes/actions");
    // An order that does not exist: a cheap refusal from the domain, but a counted action all the same.
    const cancelNothing = (actor: Actor) => as(actor, () => cancelOrderAction({ orderId: "commande-inexistante" }));
    // Accounts of their own: the flood test's users have actions counted already.
    const [busy, other] = await Promise.all([newOperator("pressé"), newOperator("tranquille")]);
    const { points } = ABUSE_LIMITS.account;
    const results = await Promise.all(Array.from({ length: points + 5 }, () => cancelNothing(busy)));
    const codes = results.map((r) => (r.ok ? "" : r.code));
    expect(codes.filter((code) => code === "RATE_LIMITED")).toHaveLength(5);
    expect(results.find((r) => !r.ok && r.code === "RATE_LIMITED")).toMatchObject({ details: { limit: "account" } });
    // The others reached the domain, which found no such order.
    expect(codes.filter((code) => code === "ORDER_NOT_FOUND")).toHaveLength(points);
    expect(await cancelNothing(other)).toMatchObject({ ok: false, code: "ORDER_NOT_FOUND" });
  });
});
