/**
 * Authorization matrix: every server action and route handler method of `app/` (the table is MATRIX, in
 * tests/support/access-matrix.ts, each entry naming its capability; the roles come from the permission table,
 * lib/domain/permissions/permissions.ts) × every portal role, a signed-in user refused access, and nobody signed in.
 * A caller the entry does not allow is refused (NOT_SIGNED_IN / FORBIDDEN, or 401 / 403) and no row of any table
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
import { FORBIDDEN, NOT_SIGNED_IN } from "@/lib/server/action";
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

const INVALID_INPUT = "Certaines informations sont invalides";
const UNEXPECTED = "Une erreur inattendue";

function actAs(caller: Caller) {
  vi.mocked(currentActor).mockResolvedValue(actorOf(caller));
}

/** Calls the entry and tells what happened, and which tables changed meanwhile. */
async function callAndWatch(entry: MatrixEntry, input: unknown): Promise<{ outcome: Outcome; changed: string[] }> {
  const before = await tableSnapshot();
  const outcome = await invoke(entry, input);
  return { outcome, changed: changedTables(before, await tableSnapshot()) };
}

function expectRoleRefusal(entry: MatrixEntry, caller: Caller, outcome: Outcome) {
  const anonymous = caller === "anonymous";
  if (isRoute(entry)) {
    expect(outcome).toMatchObject({ ok: false, status: anonymous ? 401 : 403 });
    if (!outcome.ok) expect(outcome.message).toMatch(anonymous ? NOT_SIGNED_IN : /^Accès refusé/);
  } else {
    expect(outcome).toEqual({ ok: false, message: anonymous ? NOT_SIGNED_IN : FORBIDDEN });
  }
}

/** A refusal of the request itself, in French: not the schema's nor the unexpected error's generic message. */
function expectScopeRefusal(entry: MatrixEntry, outcome: Outcome) {
  expect(outcome.ok).toBe(false);
  if (outcome.ok) return;
  if (isRoute(entry)) expect([403, 404]).toContain(outcome.status);
  expect(outcome.message).toMatch(/[a-zàâçéèêëîïôûùüÿœ]{3,}/i);
  expect(outcome.message).not.toContain(INVALID_INPUT);
  expect(outcome.message).not.toContain(UNEXPECTED);
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
      expect(outcome.message).not.toBe(FORBIDDEN);
      expect(outcome.message).not.toBe(NOT_SIGNED_IN);
      expect(outcome.message).not.toContain(UNEXPECTED);
      expect(changed).toEqual([]);
    }
  });
});

describe.each(MATRIX.filter((entry) => entry.notCallable))("$file → $name", (entry) => {
  it(`is public and exported; not called here: ${entry.notCallable}`, async () => {
    expect(await callableExports(entry.file)).toContain(entry.name);
  });
});
