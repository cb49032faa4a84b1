import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readStructures, type RawLegalEntity, type StructuresHeader } from "./structures-reader";

const options = { seed: Number(process.env.FUZZ_SEED ?? 20_261_202), numRuns: Number(process.env.FUZZ_RUNS ?? 200) };

async function* chunked(bytes: Uint8Array, sizes: number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (let i = 0; at < bytes.length; i++) {
    const size = sizes.length ? sizes[i % sizes.length] : bytes.length;
    yield bytes.subarray(at, at + size);
    at += size;
  }
}

async function read(bytes: Uint8Array, sizes: number[]) {
  const header: StructuresHeader = { schemaVersion: null, generatedAt: null };
  const entities: RawLegalEntity[] = [];
  for await (const entity of readStructures(chunked(bytes, sizes), header)) entities.push(entity);
  return { header, entities };
}

// Strings full of what a scanner could trip on: quotes, backslashes, brackets, braces, commas, colons, accents.
const tricky = fc.stringMatching(/^[a-zé"\\{}[\]:, \u00e9\u20ac\u{1F3E5}]{0,12}$/u);
const value = fc.letrec((tie) => ({
  json: fc.oneof(
    { depthSize: "small" },
    tricky,
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("json"), { maxLength: 3 }),
    fc.dictionary(tricky, tie("json"), { maxKeys: 3 }),
  ),
})).json;
const establishment = fc.dictionary(tricky, value, { maxKeys: 3 });
const legalEntity = fc.record({
  fields: fc.dictionary(tricky, value, { maxKeys: 4 }),
  ege: fc.option(fc.array(fc.oneof(establishment, value), { maxLength: 3 })),
});
const flow = fc.record({
  schemaVersion: tricky,
  generatedAt: tricky,
  gcc: value,
  pmej: fc.array(legalEntity, { maxLength: 4 }),
  indent: fc.constantFrom(0, 1, 2, "\t"),
});

describe("readStructures, on generated flows", () => {
  it("hands out every legal entity as JSON equal to the document's, the header, and one line per establishment, however cut", async () => {
    await fc.assert(
      fc.asyncProperty(flow, fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 5 }), async (generated, sizes) => {
        const pmej = generated.pmej.map(({ fields, ege }) => (ege === null ? fields : { ...fields, ege }));
        const document = { schemaVersion: generated.schemaVersion, gcc: generated.gcc, pmej, generatedAt: generated.generatedAt };
        const text = JSON.stringify(document, null, generated.indent);
        const { header, entities } = await read(new TextEncoder().encode(text), sizes);
        const expected = JSON.parse(text);
        expect(header).toEqual({ schemaVersion: expected.schemaVersion, generatedAt: expected.generatedAt });
        expect(entities.map((entity) => JSON.parse(entity.json))).toEqual(expected.pmej);
        const lines = text.split("\n");
        for (const [i, entity] of entities.entries()) {
          const ege: unknown = expected.pmej[i].ege;
          const objects = Array.isArray(ege) ? ege.filter((e) => e !== null && typeof e === "object" && !Array.isArray(e)) : [];
          expect(entity.egeLines).toHaveLength(objects.length);
          expect(lines[entity.line - 1]).toContain("{");
          for (const line of entity.egeLines) expect(lines[line - 1]).toContain("{");
          if (i > 0) expect(entity.bytesRead).toBeGreaterThan(entities[i - 1].bytesRead);
        }
      }),
      options,
    );
  });

  it("refuses the same flow cut short anywhere inside its root object", async () => {
    await fc.assert(
      fc.asyncProperty(flow, fc.double({ min: 0, max: 1, noNaN: true }), async (generated, where) => {
        const text = JSON.stringify({ pmej: generated.pmej.map((p) => p.fields), schemaVersion: generated.schemaVersion }, null, generated.indent);
        const bytes = new TextEncoder().encode(text);
        const cut = Math.min(bytes.length - 1, 1 + Math.floor(where * (bytes.length - 1)));
        await expect(read(bytes.subarray(0, cut), [])).rejects.toMatchObject({ code: "STRUCTURES_MALFORMED", details: { flaw: "TRUNCATED" } });
      }),
      options,
    );
  });
});
