/**
 * Fuzzing the server actions (and the route handlers' query strings): whatever is posted, an allowed caller gets an
 * answer — never an exception, never the wrapper's "unexpected error" (a 500 in production, logged by console.error)
 * — and an input refused changes no row of any table.
 *
 * Each action gets a fixed number of runs from a fixed seed (FUZZ_SEED=<n> to try another); fast-check prints the
 * seed, the path and the smallest failing input it finds.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/server/action";
import { currentActor } from "@/lib/server/actor";
import {
  actorOf,
  allowedCallers,
  importAppModule,
  isRoute,
  MATRIX,
  setUpMatrixFixtures,
  type Call,
  type MatrixEntry,
  type RouteInput,
  invoke,
} from "./support/access-matrix";
import { FUZZ_SEED, inputsAround, nastyString } from "./support/fuzz-inputs";
import { changedTables, tableSnapshot } from "./support/table-snapshot";

vi.mock("@/lib/server/actor", async (original) => ({
  ...(await original<typeof import("@/lib/server/actor")>()),
  currentActor: vi.fn(),
}));
vi.mock("next/cache", async (original) => ({
  ...(await original<typeof import("next/cache")>()),
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
}));

/** Zod's default English messages (Too big, Invalid input, expected…): the French locale must have replaced them. */
const ZOD_ENGLISH = /\b(Invalid|Too (big|small)|expected|received|Unrecognized|Required)\b/;

/** Every message a refusal shows the user: the refusal's and each field's. */
const refusalMessages = (result: ActionResult<unknown>) =>
  result.ok ? [] : [result.message, ...Object.values(result.fieldErrors ?? {}).flatMap((messages) => messages ?? [])];
const RUNS_PER_ACTION = Number(process.env.FUZZ_RUNS ?? 40);
const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 40);

/** console.error calls so far: the wrapper logs every unexpected error there (the setup fails the test on them too). */
const errorCount = () => vi.mocked(console.error).mock.calls.length;
const errorsSince = (from: number) => vi.mocked(console.error).mock.calls.slice(from).map((args) => args.map(String).join(" "));

const describeInput = (input: unknown) => {
  try {
    return fc.stringify(input).slice(0, 500);
  } catch {
    return String(input);
  }
};

beforeAll(setUpMatrixFixtures, 120_000);

const actions = MATRIX.filter((entry) => !isRoute(entry) && !entry.notCallable);
const routes = MATRIX.filter((entry) => isRoute(entry) && !entry.notCallable);

/** The caller the fuzz acts as: the entry's first allowed one, or the actor its valid input is meant for. */
async function prepare(entry: MatrixEntry): Promise<Call> {
  const call = await entry.valid();
  vi.mocked(currentActor).mockResolvedValue(call.as ?? actorOf(allowedCallers(entry)[0]));
  return call;
}

describe.each(actions)("fuzzing $file → $name", (entry) => {
  it(`answers ${RUNS_PER_ACTION} arbitrary inputs without an unexpected error, and a refusal changes nothing`, async () => {
    const { input: valid } = await prepare(entry);
    const action = (await importAppModule(entry.file))[entry.name] as (input: unknown) => Promise<ActionResult<unknown>>;

    await fc.assert(
      fc.asyncProperty(inputsAround(valid), async (input) => {
        const errors = errorCount();
        const before = await tableSnapshot();
        let result: ActionResult<unknown>;
        try {
          result = await action(input);
        } catch (error) {
          throw new Error(`L'action a levé une exception (500) pour ${describeInput(input)} : ${String(error)}`);
        }
        const logged = errorsSince(errors);
        if (logged.length) throw new Error(`Erreur inattendue (500) pour ${describeInput(input)} :\n${logged.join("\n")}`);
        expect(result).toHaveProperty("ok");
        // However the wrapper logs it, its code means an error it did not expect.
        if (!result.ok && result.code === "UNEXPECTED") throw new Error(`Erreur inattendue (500) pour ${describeInput(input)}`);
        if (!result.ok) {
          expect(result.message).toMatch(/\S/);
          expect(refusalMessages(result).filter((message) => ZOD_ENGLISH.test(message))).toEqual([]);
          expect(changedTables(before, await tableSnapshot())).toEqual([]);
        }
      }),
      { seed: FUZZ_SEED, numRuns: RUNS_PER_ACTION, endOnFailure: true },
    );
  });
});

/** Query strings of a route: its own parameters and others, with any value, sometimes repeated, or raw bytes. */
const queryString = fc.oneof(
  fc
    .array(
      fc.tuple(
        fc.oneof(fc.constantFrom("format", "semaine", "region", "departement", "categorie", "categorieEtablissement", "q", "page"), nastyString),
        nastyString,
      ),
      { maxLength: 6 },
    )
    .map((pairs) => new URLSearchParams(pairs).toString()),
  fc.string({ unit: "binary-ascii", maxLength: 60 }).map((raw) => raw.replace(/#/g, "%23")),
  fc.constantFrom("format=%FF%FE", "semaine=%E0%A4%A", "q=%00", "q=%", "region=84&region=11", "format=csv&page=1e400"),
);

/** A header value a client can send: visible ASCII and spaces (Headers refuses control characters). */
const headerValue = fc.oneof(
  fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 80 }),
  fc.constantFrom("", "Bearer ", "Bearer x", "gzip;q=0", "bytes=0-", "bytes=999999999-", "*/*", "fr;q=abc", "1.1.1.1, 2.2.2.2", "\t"),
);

/** Request headers of a route: the ones handlers or Next read, and others, with any value. */
const requestHeaders = fc.dictionary(
  fc.oneof(
    fc.constantFrom("authorization", "cookie", "accept", "accept-language", "content-type", "range", "if-none-match", "x-forwarded-for", "x-request-id", "origin"),
    fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
  ),
  headerValue,
  { maxKeys: 5 },
);

describe.each(routes)("fuzzing $file → $name", (entry) => {
  it(`answers ${RUNS_PER_ROUTE} arbitrary query strings and headers with a status below 500, changing nothing`, async () => {
    const { input } = await prepare(entry);
    const { path } = input as RouteInput;
    const base = path.split("?")[0];

    await fc.assert(
      fc.asyncProperty(queryString, requestHeaders, async (query, headers) => {
        const errors = errorCount();
        const before = await tableSnapshot();
        let status: number | undefined;
        try {
          status = (await invoke(entry, { ...(input as RouteInput), path: `${base}?${query}`, headers })).status;
        } catch (error) {
          throw new Error(`La route a levé une exception (500) pour ?${query} ${JSON.stringify(headers)} : ${String(error)}`);
        }
        const logged = errorsSince(errors);
        if (logged.length) throw new Error(`Erreur inattendue pour ?${query} ${JSON.stringify(headers)} :\n${logged.join("\n")}`);
        expect(status).toBeLessThan(500);
        expect(changedTables(before, await tableSnapshot())).toEqual([]);
      }),
      { seed: FUZZ_SEED, numRuns: RUNS_PER_ROUTE, endOnFailure: true },
    );
  });
});

describe("what the fuzzing found", () => {
  it.each([
    ["hexadecimal", "0x10"],
    ["a boolean", true],
    ["an exponent", "1e1"],
  ])("refuses packs given in %s (z.coerce.number read \"0x10\" as 16 boxes and true as 1) and places nothing", async (_, packs) => {
    const entry = MATRIX.find((e) => e.name === "placeOrderAction")!;
    const { input } = await prepare(entry);
    const { placeOrderAction } = await import("@/app/(etablissement)/commandes/actions");
    const before = await tableSnapshot();
    const order = input as { lines: Array<{ productId: string; packs: unknown }> };
    const result = await placeOrderAction({ ...order, lines: [{ productId: order.lines[0].productId, packs }] });
    expect(result).toMatchObject({ ok: false, fieldErrors: { lines: [expect.stringMatching(/nombre entier de boîtes/)] } });
    expect(changedTables(before, await tableSnapshot())).toEqual([]);
  });

  it.each([
    ["a NUL character", "Jeanne\u0000Martin"],
    ["a lone UTF-16 surrogate", "Jeanne \ud800Martin"],
  ])("refuses %s as an invalid field, before it reaches PostgreSQL (which cannot store it)", async (_, name) => {
    vi.mocked(currentActor).mockResolvedValue(null);
    const { sendContactMessageAction } = await import("@/app/(public)/contact/actions");
    const before = await tableSnapshot();
    const result = await sendContactMessageAction({
      name,
      email: "jeanne.martin@clinique-demo.fr",
      topic: "autre",
      message: "Un message tout à fait ordinaire.",
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: { name: [expect.stringContaining("caractère invisible ou invalide")] } });
    expect(changedTables(before, await tableSnapshot())).toEqual([]);
  });
});
