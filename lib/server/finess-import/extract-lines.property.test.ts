import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "../../domain/errors";
import { openExtract, readExtractLines, type ExtractLine } from "./extract-lines";

const options = { seed: Number(process.env.FUZZ_SEED ?? 20_261_123), numRuns: Number(process.env.FUZZ_RUNS ?? 300) };

async function* chunked(bytes: Uint8Array, cuts: number[]): AsyncGenerator<Uint8Array> {
  let from = 0;
  for (const cut of [...new Set(cuts.map((c) => Math.floor(c * bytes.length)))].sort((a, b) => a - b)) {
    if (cut > from) yield bytes.subarray(from, cut);
    from = Math.max(from, cut);
  }
  if (from < bytes.length) yield bytes.subarray(from);
}

async function all(lines: AsyncIterable<ExtractLine>): Promise<ExtractLine[]> {
  const read: ExtractLine[] = [];
  for await (const line of lines) read.push(line);
  return read;
}

// Bytes of any kind, with line breaks (LF, CRLF) and the bytes of UTF-8 and Windows-1252 accents more frequent.
const fileBytes = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x0a, 0x0d, 0x3b, 0x22, 0xc3, 0xa9, 0xc9, 0x8c, 0x20)), { maxLength: 300 })
  .map((bytes) => Uint8Array.from(bytes));
const cuts = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 });

describe("readExtractLines, on any bytes", () => {
  it("never throws, and reads the same lines however the stream is cut", async () => {
    await fc.assert(
      fc.asyncProperty(fileBytes, cuts, async (bytes, at) => {
        const whole = await all(readExtractLines(chunked(bytes, [])));
        expect(await all(readExtractLines(chunked(bytes, at)))).toEqual(whole);
      }),
      options,
    );
  });

  it("numbers the non-blank lines in order, each read once, within the file's size", async () => {
    await fc.assert(
      fc.asyncProperty(fileBytes, async (bytes) => {
        const lines = await all(readExtractLines(chunked(bytes, [])));
        const breaks = bytes.filter((b) => b === 0x0a).length;
        for (const [i, line] of lines.entries()) {
          expect(line.text.trim()).not.toBe("");
          expect(line.text).not.toMatch(/[\n]/);
          expect(line.number).toBeLessThanOrEqual(breaks + 1);
          expect(line.bytesRead).toBeLessThanOrEqual(bytes.length);
          if (i > 0) {
            expect(line.number).toBeGreaterThan(lines[i - 1].number);
            expect(line.bytesRead).toBeGreaterThan(lines[i - 1].bytesRead);
          }
        }
      }),
      options,
    );
  });
});

describe("openExtract, on any bytes", () => {
  it("recognises an extract or refuses the file in French, never anything else", async () => {
    const withSections = fc
      .tuple(fileBytes, fc.constantFrom("structureet;", "geolocalisation;", "structureej;", "finess;etalab;111;2026-05-12\n"), fileBytes)
      .map(([before, marker, after]) => Uint8Array.from([...before, 0x0a, ...new TextEncoder().encode(marker), ...after]));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fileBytes, withSections), async (bytes) => {
        try {
          const extract = await openExtract(chunked(bytes, []));
          expect(["establishments", "legal-entities"]).toContain(extract.kind);
          await all(extract.lines);
        } catch (error) {
          expect(error).toBeInstanceOf(DomainError);
          expect((error as DomainError).code).toMatch(/^(EXTRACT_EMPTY|EXTRACT_UNRECOGNISED)$/);
        }
      }),
      options,
    );
  });
});
