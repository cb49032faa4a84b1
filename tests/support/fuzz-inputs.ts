/**
 * fast-check arbitraries for what a browser (or anyone posting to a server action) can send: anything at all, the
 * right keys holding the wrong things, and a valid input with a few fields broken.
 */
import fc from "fast-check";

/** The seed every fuzz test starts from; FUZZ_SEED=<n> replays another run. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20_261_123);

/** Strings a form field was never meant to hold. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary-ascii", maxLength: 40 }),
  fc.constantFrom(
    "",
    " ",
    "\u00a0",
    "\u0000",
    "abc\u0000def",
    "\ud800",
    "a\udfffb",
    "\u202e\u2066",
    "😷".repeat(200),
    "a".repeat(100_000),
    "１２３",
    "٣٤",
    "0",
    "-1",
    "1e308",
    "-0",
    "NaN",
    "Infinity",
    "0x1F",
    "  42  ",
    "4 2",
    "2147483648",
    "99999999999999999999",
    "1,5",
    "1.5",
    "12,345",
    "2026-W53",
    "2026-02-30",
    "2026-13-01T25:61",
    "690812342",
    "2A0000022",
    "<script>alert(1)</script>",
    "'; DROP TABLE \"Order\"; --",
    "%_\\",
    "=HYPERLINK(\"http://x\")",
    "__proto__",
    "constructor",
  ),
);

export const nastyNumber: fc.Arbitrary<number | bigint> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.bigInt(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0.5, -1, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 1, 1e308, 5e-324),
);

/** Any single value of the wrong kind. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: nastyString, weight: 4 },
  { arbitrary: nastyNumber, weight: 2 },
  fc.boolean(),
  fc.constantFrom(null, undefined),
  fc.date({ noInvalidDate: false }),
  fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }),
  fc.dictionary(nastyString, fc.anything({ maxDepth: 1 }), { maxKeys: 3 }),
);

type Path = Array<string | number>;

function leafPaths(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return [path, ...value.flatMap((item, i) => leafPaths(item, [...path, i]))];
  if (value && typeof value === "object") return [path, ...Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...path, key]))];
  return [path];
}

function valueAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], value);
}

/** A copy of `value` with `replacement` at `path` (deleted when `remove`). */
function withValueAt(value: unknown, path: Path, replacement: unknown, remove = false): unknown {
  if (path.length === 0) return replacement;
  const copy: unknown = structuredClone(value);
  const parent = valueAt(copy, path.slice(0, -1)) as Record<string | number, unknown> | null | undefined;
  // An earlier change of the same input may have replaced the parent by something else.
  if (!parent || typeof parent !== "object") return copy;
  const key = path[path.length - 1];
  if (remove) delete parent[key];
  else parent[key] = replacement;
  return copy;
}

/** What a string field becomes when someone tampers with it. */
const stringMutation = (original: string): fc.Arbitrary<string> =>
  fc.oneof(
    nastyString.map((s) => original + s),
    nastyString.map((s) => s + original),
    fc.constant(original.repeat(500)),
    fc.constant(`${original}\u0000`),
    fc.constant(` ${original.toUpperCase()} `),
    fc.constant(original.normalize("NFD")),
    fc.nat({ max: Math.max(original.length, 1) }).map((n) => original.slice(0, n)),
  );

/** A valid input with one to three fields broken, removed, or a string field tampered with. */
export function mutationsOf(valid: unknown): fc.Arbitrary<unknown> {
  const paths = leafPaths(valid);
  const leaves = paths.filter((path) => path.length > 0);
  const strings = leaves.filter((path) => typeof valueAt(valid, path) === "string");
  const options: fc.Arbitrary<unknown>[] = [
    fc
      .array(fc.tuple(fc.constantFrom(...paths), nastyValue), { minLength: 1, maxLength: 3 })
      .map((changes) => changes.reduce<unknown>((input, [path, replacement]) => withValueAt(input, path, replacement), valid)),
  ];
  if (leaves.length) options.push(fc.constantFrom(...leaves).map((path) => withValueAt(valid, path, undefined, true)));
  if (strings.length) {
    options.push(fc.constantFrom(...strings).chain((path) => stringMutation(valueAt(valid, path) as string).map((s) => withValueAt(valid, path, s))));
  }
  return fc.oneof(...options);
}

/** The valid input's keys, each holding a value of the wrong kind (or missing). */
export function rightKeysWrongValues(valid: unknown): fc.Arbitrary<unknown> {
  if (!valid || typeof valid !== "object" || Array.isArray(valid)) return nastyValue;
  const keys = Object.keys(valid);
  return fc.record(Object.fromEntries(keys.map((key) => [key, nastyValue])), { requiredKeys: [] });
}

/** Everything a fuzz test throws at one action, around its valid input. */
export function inputsAround(valid: unknown): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, stringUnit: "binary" }), weight: 1 },
    { arbitrary: rightKeysWrongValues(valid), weight: 2 },
    { arbitrary: mutationsOf(valid), weight: 5 },
  );
}
