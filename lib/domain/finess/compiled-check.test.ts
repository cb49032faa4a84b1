import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "../../schemas/zod";
import { compileCheck } from "./compiled-check";
import { geographicEntitySchema, legalEntitySchema } from "./structures-schema";

const options = { seed: Number(process.env.FUZZ_SEED ?? 20_261_202), numRuns: Number(process.env.FUZZ_RUNS ?? 500) };

// The real example published by the ANS (tests/fixtures/finess/README.md): legal entities and their establishments.
const FLOW = JSON.parse(readFileSync(fileURLToPath(new URL("../../../tests/fixtures/finess/structures-extrait.json", import.meta.url)), "utf8"));
const LEGAL_ENTITIES: unknown[] = FLOW.pmej;
const ESTABLISHMENTS: unknown[] = FLOW.pmej.flatMap((item: { ege?: unknown[] }) => item.ege ?? []);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every place in a record where a value sits: the container and its key. */
function places(value: Json, found: Array<[Json[] | { [key: string]: Json }, string | number]> = []) {
  const entries: Array<[string | number, Json]> = Array.isArray(value) ? [...value.entries()] : value && typeof value === "object" ? Object.entries(value) : [];
  for (const [key, item] of entries) {
    found.push([value as Json[] | { [key: string]: Json }, key]);
    places(item, found);
  }
  return found;
}

const REPLACEMENTS: Json[] = [null, 0, 12.5, true, "", "ABC", "12345678901234", "01000001", "0100000161", [], {}, [{}], ["01"], { a: "b" }];

// A change somewhere in a record: a field dropped, given another value or kind, or a field the schema does not know.
const change = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom("drop", "replace", "unknown field"),
  replacement: fc.oneof(fc.constantFrom(...REPLACEMENTS), fc.string(), fc.stringMatching(/^[0-9A-Za-z]{8,15}$/)),
  key: fc.oneof(fc.constantFrom("informationsGeneralesPMEJ", "ege", "numFinessEge", "siret", "__proto__", "constructor"), fc.string()),
});

function changed(base: unknown, changes: Array<{ at: number; kind: string; replacement: Json; key: string }>): unknown {
  const record = structuredClone(base) as Json;
  for (const { at, kind, replacement, key } of changes) {
    const all = places(record);
    if (!all.length) break;
    const [container, where] = all[at % all.length];
    if (kind === "drop") {
      if (Array.isArray(container)) container.splice(Number(where), 1);
      else delete container[where];
    } else if (kind === "replace") {
      (container as Record<string | number, Json>)[where] = replacement;
    } else if (!Array.isArray(container)) {
      Object.defineProperty(container, key, { value: replacement, enumerable: true, configurable: true, writable: true });
    }
  }
  return record;
}

describe("compileCheck, against the zod schemas it is compiled from", () => {
  const cases = [
    ["legal entity", legalEntitySchema, LEGAL_ENTITIES],
    ["establishment", geographicEntitySchema, ESTABLISHMENTS],
  ] as const;

  for (const [name, schema, examples] of cases) {
    it(`accepts and refuses exactly the records zod does (${name}, real records changed at random)`, () => {
      const check = compileCheck(schema);
      let refused = 0;
      fc.assert(
        fc.property(fc.constantFrom(...examples), fc.array(change, { maxLength: 4 }), (base, changes) => {
          const record = changed(base, changes);
          const accepted = schema.safeParse(record).success;
          if (!accepted) refused += 1;
          expect(check(record)).toBe(accepted);
        }),
        options,
      );
      // The property saw both answers many times: it compared something.
      expect(refused).toBeGreaterThan(options.numRuns / 5);
      expect(refused).toBeLessThan(options.numRuns);
    });
  }

  it("accepts the real records as they are", () => {
    expect(LEGAL_ENTITIES.every(compileCheck(legalEntitySchema))).toBe(true);
    expect(ESTABLISHMENTS.every(compileCheck(geographicEntitySchema))).toBe(true);
  });

  it("refuses to compile a schema it does not know, rather than let its values through", () => {
    expect(() => compileCheck(z.object({ beds: z.number() }))).toThrow("non pris en charge");
    expect(() => compileCheck(z.string().min(2))).toThrow("non pris en charge");
    expect(() => compileCheck(z.looseObject({ a: z.string() }))).toThrow("non pris en charge");
  });
});
