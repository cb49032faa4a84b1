import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { looksLikeJson, readStructures, type RawLegalEntity, type StructuresHeader } from "./structures-reader";

const FIXTURE = readFileSync(fileURLToPath(new URL("../../../tests/fixtures/finess/structures-extrait.json", import.meta.url)));

async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function read(bytes: Uint8Array, size = bytes.length || 1) {
  const header: StructuresHeader = { schemaVersion: null, generatedAt: null };
  const entities: RawLegalEntity[] = [];
  for await (const entity of readStructures(chunks(bytes, size), header)) entities.push(entity);
  return { header, entities };
}

const text = (json: string) => new TextEncoder().encode(json);

const malformed = (flaw: string) => ({ code: "STRUCTURES_MALFORMED", details: { flaw } });

describe("readStructures", () => {
  it("hands out each legal entity of the real example with the lines where it and its establishments start", async () => {
    const { header, entities } = await read(FIXTURE);
    expect(header).toEqual({ schemaVersion: "v1.0.0", generatedAt: "2026-03-09T15:49:37.615611300Z" });
    expect(entities).toHaveLength(8);
    const lines = FIXTURE.toString("utf8").split("\n");
    for (const entity of entities) {
      expect(lines[entity.line - 1]).toMatch(/\{$/);
      expect(lines[entity.line]).toBe('    "informationsGeneralesPMEJ" : {');
      const parsed = JSON.parse(entity.json);
      expect(parsed.informationsGeneralesPMEJ.numFinessPm).toMatch(/^\d{9}$/);
      expect(entity.egeLines).toHaveLength(parsed.ege.length);
      for (const egeLine of entity.egeLines) expect(lines[egeLine]).toBe('      "informationsGeneralesEGE" : {');
    }
    expect(entities.map((e) => JSON.parse(e.json).informationsGeneralesPMEJ.numFinessPm)).toEqual([
      "010000016", "010000156", "010000164", "010000222", "010000255", "010000339", "010000362", "980600019",
    ]);
    expect(entities.at(-1)?.bytesRead).toBe(FIXTURE.lastIndexOf("} ]") + 1);
  });

  it("reads the same whatever the chunks, a multi-byte character or an escape cut in two included", async () => {
    const whole = await read(FIXTURE);
    for (const size of [1, 7, 64, 1000]) expect(await read(FIXTURE, size)).toEqual(whole);
  });

  it("keeps brackets, braces and escaped quotes inside strings as text", async () => {
    const json = '{"pmej":[{"a":"}]\\"{[","ege":[{"b":"\\\\"}]}],"generatedAt":"2026-03-09","schemaVersion":"v1.0.0"}';
    const { header, entities } = await read(text(json), 3);
    expect(header).toEqual({ schemaVersion: "v1.0.0", generatedAt: "2026-03-09" });
    expect(entities.map((e) => JSON.parse(e.json))).toEqual([{ a: '}]"{[', ege: [{ b: "\\" }] }]);
  });

  it("refuses a cut-short file, mismatched brackets, a document that is no object, and a flow without pmej", async () => {
    await expect(read(FIXTURE.subarray(0, 20_000))).rejects.toMatchObject(malformed("TRUNCATED"));
    await expect(read(text('{"pmej":[{"a":1]}'))).rejects.toMatchObject(malformed("UNBALANCED"));
    await expect(read(text("[1, 2]"))).rejects.toMatchObject(malformed("ROOT_NOT_OBJECT"));
    await expect(read(text('{"gcc":[]}'))).rejects.toMatchObject({ code: "STRUCTURES_WITHOUT_PMEJ" });
    await expect(read(text('{"pmej":{}}'))).rejects.toMatchObject(malformed("PMEJ_NOT_ARRAY"));
  });
});

describe("looksLikeJson", () => {
  it("tells a JSON document from an extract by its first visible byte", () => {
    expect(looksLikeJson(text('\uFEFF\n  {"pmej"'))).toBe(true);
    expect(looksLikeJson(text("finess;etalab;111;2026-05-12"))).toBe(false);
    expect(looksLikeJson(text("   "))).toBe(false);
  });
});
