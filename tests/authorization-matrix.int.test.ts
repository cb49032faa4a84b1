/**
 * Authorization matrix: every server action and route handler method of `app/` (the table is MATRIX, in
 * tests/support/access-matrix.ts, each entry naming its capability; the roles come from the permission table,
 * lib/domain/permissions/permissions.ts) × every portal role, a signed-in user refused access, and nobody signed in.
 * A caller the entry does not allow is refused (NOT_SIGNED_IN; FORBIDDEN, or ACCESS_WITHDRAWN for the user whose
 * access rules refuse them; 401 / 403 from a route, the same code in X-Refusal-Code) and no row of any table
 * changes; an allowed caller aiming at another establishment or region is refused too, changing nothing; the entry's
 * valid input succeeds for its first allowed caller, so that each refusal is the authorization's, not the input's.
 *
 * The session is replaced at its one seam, `currentActor()` (next-auth reads the request through next/headers, which
 * only exists inside Next.js): the production code runs as it is.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { CAPABILITIES } from "@/lib/domain/permissions/permissions";
import { currentActor } from "@/lib/server/actor";
import {
  actorOf,
  allowedCallers,
  allows,
  appModules,
  callableExports,
  CALLERS,
  ROOT,
  entryKey,
  invoke,
  isRoute,
  MATRIX,
  setUpMatrixFixtures,
  signIn,
  type Caller,
  type MatrixEntry,
  type Outcome,
} from "./support/access-matrix";
import { changedTables, tableSnapshot } from "./support/table-snapshot";

vi.mock("@/lib/server/actor", async (original) => ({
  ...(await original<typeof import("@/lib/server/actor")>()),
  currentActor: vi.fn(),
}));
// Outside a Next.js request there is no cache to revalidate.
vi.mock("next/cache", async (original) => ({
  ...(await original<typeof import("next/cache")>()),
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
}));

/** The codes that say who is asking may not: what an allowed caller, or a refusal of the request itself, never gets. */
const CALLER_REFUSALS = ["NOT_SIGNED_IN", "FORBIDDEN", "ACCESS_WITHDRAWN", "REGISTRATION_REQUIRED"];

function actAs(caller: Caller) {
  vi.mocked(currentActor).mockResolvedValue(actorOf(caller));
}

/** Calls the entry and tells what happened, and which tables changed meanwhile. */
async function callAndWatch(entry: MatrixEntry, input: unknown): Promise<{ outcome: Outcome; changed: string[] }> {
  const before = await tableSnapshot();
  const outcome = await invoke(entry, input);
  return { outcome, changed: changedTables(before, await tableSnapshot()) };
}

/** Nobody signed in; a user whose access rules refuse them (the pharmacy: its category); a role without the capability. */
const EXPECTED_CALLER_REFUSAL: Partial<Record<Caller, string>> = { anonymous: "NOT_SIGNED_IN", refused: "ACCESS_WITHDRAWN" };

function expectRoleRefusal(entry: MatrixEntry, caller: Caller, outcome: Outcome) {
  const code = EXPECTED_CALLER_REFUSAL[caller] ?? "FORBIDDEN";
  expect(outcome).toMatchObject({ ok: false, code, ...(isRoute(entry) ? { status: caller === "anonymous" ? 401 : 403 } : {}) });
  if (!outcome.ok) expect(outcome.message).toMatch(caller === "anonymous" ? /connecté/ : /^Accès refusé/);
}

/** A refusal of the request itself, with its own code and French words: not the input's, the caller's nor a failure's. */
function expectScopeRefusal(entry: MatrixEntry, outcome: Outcome) {
  expect(outcome.ok).toBe(false);
  if (outcome.ok) return;
  if (isRoute(entry)) expect([403, 404]).toContain(outcome.status);
  expect(outcome.code).toMatch(/^[A-Z_]+$/);
  expect([...CALLER_REFUSALS, "INVALID_INPUT", "UNEXPECTED"]).not.toContain(outcome.code);
  expect(outcome.message).toMatch(/[a-zàâçéèêëîïôûùüÿœ]{3,}/i);
}

beforeAll(setUpMatrixFixtures);

describe("the matrix lists exactly what app/ exports", () => {
  it("has an entry for every action of app/**/actions.ts and every method of app/**/route.ts, and none left over", async () => {
    const present: string[] = [];
    for (const file of appModules()) for (const name of await callableExports(file)) present.push(entryKey({ file, name }));
    const listed = MATRIX.map(entryKey);
    expect({
      missingFromMatrix: present.filter((key) => !listed.includes(key)),
      noLongerInApp: listed.filter((key) => !present.includes(key)),
    }).toEqual({ missingFromMatrix: [], noLongerInApp: [] });
  });

  it("has one entry per export, scoped inputs only for allowed roles", () => {
    const keys = MATRIX.map(entryKey);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
    for (const entry of MATRIX) {
      for (const role of Object.keys(entry.foreign ?? {})) expect(allows(entry.access, role as Caller), `${entryKey(entry)} ${role}`).toBe(true);
      if (entry.notCallable) expect(entry.access, entryKey(entry)).toBe("public");
    }
  });
});

describe("a refusal tells its real cause", () => {
  it("to a user whose PLAGE roles were withdrawn, and to one whose category is not (or no longer) eligible", async () => {
    const placeOrder = MATRIX.find((entry) => entry.name === "placeOrderAction")!;
    const { input } = await placeOrder.valid();
    const withdrawn = await signIn("sans-role@clinique-demo.fr");
    vi.mocked(currentActor).mockResolvedValue({ ...withdrawn, roles: [], regionCode: null, establishmentFiness: null });
    expect(await invoke(placeOrder, input)).toMatchObject({ ok: false, code: "ACCESS_WITHDRAWN", details: { cause: { code: "MISSING_ROLE" } } });
    actAs("refused");
    expect(await invoke(placeOrder, input)).toMatchObject({ ok: false, code: "ACCESS_WITHDRAWN", details: { cause: { code: "CATEGORY_NOT_ELIGIBLE" } } });
  });
});

describe("the permission table", () => {
  it("has no capability that guards nothing: each names an action or route here, or a page, link or rule of the code", () => {
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.tsx?$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) && !path.endsWith("permissions.ts")) sources.push(readFileSync(path, "utf8"));
      }
    };
    for (const dir of ["app", "components", "lib"]) walk(join(ROOT, dir));
    const needs = new Set<string>(MATRIX.flatMap((entry) => entry.access));
    const unused = CAPABILITIES.filter((capability) => !needs.has(capability) && !sources.some((source) => source.includes(`"${capability}"`)));
    expect(unused).toEqual([]);
  });
});

describe.each(MATRIX.filter((entry) => !entry.notCallable))("$file → $name", (entry) => {
  const [firstAllowed] = allowedCallers(entry);

  it.each(CALLERS)("as %s", async (caller) => {
    actAs(caller);
    const { input, as } = await entry.valid();

    if (!allows(entry.access, caller)) {
      const { outcome, changed } = await callAndWatch(entry, input);
      expectRoleRefusal(entry, caller, outcome);
      expect(changed).toEqual([]);
      return;
    }

    const foreign = caller === "anonymous" || caller === "refused" ? undefined : entry.foreign?.[caller];
    if (foreign) {
      const { outcome, changed } = await callAndWatch(entry, await foreign());
      expectScopeRefusal(entry, outcome);
      expect(changed).toEqual([]);
    }

    // The valid input: it succeeds for the caller it is meant for; no allowed caller is turned away for its role.
    if (caller === firstAllowed && as) vi.mocked(currentActor).mockResolvedValue(as);
    const { outcome, changed } = await callAndWatch(entry, input);
    if (caller === firstAllowed) {
      expect(outcome).toMatchObject({ ok: true });
    } else if (!outcome.ok) {
      expect([...CALLER_REFUSALS, "UNEXPECTED"]).not.toContain(outcome.code);
      expect(changed).toEqual([]);
    }
  });
});

describe.each(MATRIX.filter((entry) => entry.notCallable))("$file → $name", (entry) => {
  it(`is public and exported; not called here: ${entry.notCallable}`, async () => {
    expect(await callableExports(entry.file)).toContain(entry.name);
  });
});
