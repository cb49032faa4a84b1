/**
 * The pages around an order, as users load them on a Monday morning, on the production build:
 * - the user's path — `/accueil`, `/commandes/nouvelle`, the order itself, then its page — 50 signed-in users at once
 *   with no think time, each page's pages/s, p50 and p95;
 * - the public pages that say the same to everyone (landing, FAQ, help, legal notice), 50 anonymous clients at once;
 * - the gzipped JavaScript each main page makes Chromium load, empty cache (budget: 160 kB a page).
 */
import { randomUUID } from "node:crypto";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { actionIdFromManifest } from "./action-id";
import { generatedEstablishment, insertGeneratedEstablishments } from "./generated-establishments";
import { samplePeakMemory } from "./peak-memory";
import { withProductionStack } from "./production-stack";
import { percentile, round, seconds, type BenchFigures, type BenchScenario } from "./scenario";
import { signedInOperators } from "./signed-in-users";

const USERS = 50;
const PATH_SECONDS = 30;
const STATIC_SECONDS = 10;
const STATIC_PAGES = ["/", "/faq", "/aide", "/mentions-legales"];
const WEIGHED_PAGES = ["/", "/faq", "/accueil", "/commandes/nouvelle", "/commandes", "/stock", "/contingent"];

interface Sample {
  step: string;
  ms: number;
  ok: boolean;
}

function timedFetch(step: string, url: string, init?: RequestInit): Promise<Sample & { body: string }> {
  const started = process.hrtime.bigint();
  return fetch(url, { ...init, redirect: "manual" })
    .then(async (response) => ({ body: await response.text(), ok: response.status === 200 }))
    .catch(() => ({ body: "", ok: false }))
    .then(({ body, ok }) => ({ step, ms: seconds(started) * 1000, ok, body }));
}

/** Per step: pages/s over the run (until its last answer), p50, p95 and answers other than 200. */
function figuresOf(samples: Sample[], runSeconds: number, prefix = ""): BenchFigures {
  const figures: BenchFigures = {};
  for (const step of [...new Set(samples.map((s) => s.step))]) {
    const of = samples.filter((s) => s.step === step);
    const ms = of.map((s) => s.ms).sort((a, b) => a - b);
    const name = `${prefix}${step}`;
    figures[`${name}PagesPerSecond`] = round(of.length / runSeconds, 1);
    figures[`${name}P50ms`] = round(percentile(ms, 50), 0);
    figures[`${name}P95ms`] = round(percentile(ms, 95), 0);
    figures[`${name}Failures`] = of.filter((s) => !s.ok).length;
  }
  return figures;
}

/** `clients` loops each running `iteration` until `runSeconds` have passed; the samples and the seconds it took. */
async function forSeconds(runSeconds: number, clients: number, iteration: (client: number) => Promise<Sample[]>) {
  const samples: Sample[] = [];
  const started = process.hrtime.bigint();
  const end = Date.now() + runSeconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (Date.now() < end) samples.push(...(await iteration(client)));
    }),
  );
  return { samples, seconds: seconds(started) };
}

async function userPath(appUrl: string, sessions: string[], productId: string): Promise<BenchFigures> {
  const action = actionIdFromManifest("app/(etablissement)/commandes/actions.ts", "placeOrderAction");
  const lastOrder: Array<string | undefined> = [];
  process.stdout.write(`  parcours de ${USERS} utilisateurs connectés pendant ${PATH_SECONDS} s…\n`);
  const run = await forSeconds(PATH_SECONDS, USERS, async (user) => {
    const headers = { cookie: `next-auth.session-token=${sessions[user]}` };
    const home = await timedFetch("accueil", `${appUrl}/accueil`, { headers });
    const form = await timedFetch("nouvelle", `${appUrl}/commandes/nouvelle`, { headers });
    const order = await timedFetch("commande", `${appUrl}/commandes/nouvelle`, {
      method: "POST",
      headers: { ...headers, "next-action": action, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
      body: JSON.stringify([{ idempotencyKey: randomUUID(), kind: "STATE_STOCK", lines: [{ productId, packs: 1 }] }]),
    });
    // Once the week's quota is used, the order is refused (a refusal is an answer); the page shown is the last order's.
    lastOrder[user] = /"number":(\d+)/.exec(order.body)?.[1] ?? lastOrder[user];
    const detail = lastOrder[user] ? [await timedFetch("detail", `${appUrl}/commandes/${lastOrder[user]}`, { headers })] : [];
    return [home, form, { ...order, ok: order.ok && /"ok":(true|false)/.test(order.body) }, ...detail];
  });
  return figuresOf(run.samples, run.seconds, "path_");
}

async function staticPages(appUrl: string): Promise<BenchFigures> {
  const figures: BenchFigures = {};
  for (const page of STATIC_PAGES) {
    process.stdout.write(`  ${page} : ${USERS} clients anonymes pendant ${STATIC_SECONDS} s…\n`);
    const run = await forSeconds(STATIC_SECONDS, USERS, async () => [await timedFetch(page, `${appUrl}${page}`)]);
    Object.assign(figures, figuresOf(run.samples, run.seconds, "static_"));
  }
  return figures;
}

/** Gzipped kB of the scripts Chromium loads for each page, from an empty cache, signed in as `session`'s user. */
async function javascriptWeights(appUrl: string, session: string): Promise<BenchFigures> {
  process.stdout.write(`  poids JavaScript des pages (Chromium, cache vide)…\n`);
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const figures: BenchFigures = {};
  try {
    for (const path of WEIGHED_PAGES) {
      const context = await browser.newContext();
      await context.addCookies([{ name: "next-auth.session-token", value: session, url: appUrl }]);
      const page = await context.newPage();
      const scripts: Array<Promise<number>> = [];
      page.on("response", (response) => {
        if (response.request().resourceType() === "script") scripts.push(response.body().then((body) => gzipSync(body).length, () => 0));
      });
      await page.goto(`${appUrl}${path}`, { waitUntil: "networkidle" });
      const bytes = (await Promise.all(scripts)).reduce((sum, n) => sum + n, 0);
      figures[`js_${path}_kB`] = round(bytes / 1000, 1);
      figures[`js_${path}_files`] = scripts.length;
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return figures;
}

export const pagesScenario: BenchScenario = {
  name: "pages",
  description: `parcours d'une commande (${USERS} utilisateurs sans pause), pages publiques, poids JavaScript de chaque page`,
  async run() {
    return withProductionStack("pages", async ({ stack, client, secret }) => {
      await insertGeneratedEstablishments(client, USERS);
      const sessions = await signedInOperators(client, Array.from({ length: USERS }, (_, i) => generatedEstablishment(i).finess), secret);
      const { rows: [ffp2] } = await client.query(`SELECT id FROM "Product" WHERE reference = 'EPI-FFP2-20'`);
      await client.query(`UPDATE "NationalStock" SET quantity = 100000000 WHERE "productId" = $1`, [ffp2.id]);
      const started = process.hrtime.bigint();
      const memory = samplePeakMemory(stack.appPid());
      const figures = {
        ...(await javascriptWeights(stack.appUrl, sessions[0])),
        ...(await staticPages(stack.appUrl)),
        ...(await userPath(stack.appUrl, sessions, ffp2.id)),
      };
      return { ...figures, ...memory.stop(), seconds: round(seconds(started), 0) };
    });
  },
};
