import { describe, expect, it } from "vitest";
import { decodeWindows1252, openExtract, readExtractLines, type ExtractLine } from "./extract-lines";

const utf8 = (text: string) => new TextEncoder().encode(text);
const latin = (...bytes: number[]) => Uint8Array.from(bytes);

async function* chunks(...parts: Uint8Array[]): AsyncGenerator<Uint8Array> {
  yield* parts;
}

async function all(lines: AsyncIterable<ExtractLine>): Promise<ExtractLine[]> {
  const read: ExtractLine[] = [];
  for await (const line of lines) read.push(line);
  return read;
}

describe("decodeWindows1252", () => {
  it("decodes Latin-1 letters and the 0x80–0x9F range Latin-1 lacks", () => {
    expect(decodeWindows1252(latin(0xc9, 0x54, 0xc9))).toBe("ÉTÉ");
    expect(decodeWindows1252(latin(0x8c, 0x9c, 0x80, 0x92))).toBe("Œœ€’");
  });
});

describe("readExtractLines", () => {
  it("splits lines across chunk boundaries, CRLF and multi-byte characters included", async () => {
    const bytes = utf8("un;Été\r\ndeux\nt");
    const lines = await all(readExtractLines(chunks(bytes.subarray(0, 4), bytes.subarray(4, 9), bytes.subarray(9))));
    expect(lines.map((line) => line.text)).toEqual(["un;Été", "deux", "t"]);
    expect(lines.map((line) => line.bytesRead)).toEqual([10, 15, 16]);
  });

  it("skips blank lines but counts them", async () => {
    const lines = await all(readExtractLines(chunks(utf8("a\n\n  \r\nb\n"))));
    expect(lines.map(({ number, text }) => [number, text])).toEqual([
      [1, "a"],
      [4, "b"],
    ]);
  });

  it("switches to Windows-1252 at the first line that is not UTF-8, and stays there", async () => {
    const lines = await all(readExtractLines(chunks(utf8("a\n"), latin(0xc9, 0x54, 0x0a), latin(0xc3, 0xa9, 0x0a))));
    expect(lines.map((line) => line.text)).toEqual(["a", "ÉT", "Ã©"]);
  });

  it("reads nothing from an empty source", async () => {
    expect(await all(readExtractLines(chunks()))).toEqual([]);
  });
});

describe("openExtract", () => {
  it("reads the header and recognises the establishments extract", async () => {
    const extract = await openExtract(chunks(utf8("finess;etalab;111;2026-05-12\nstructureet;1\ngeolocalisation;1\n")));
    expect(extract.kind).toBe("establishments");
    expect(extract.header).toEqual({ version: "111", date: "2026-05-12" });
    expect((await all(extract.lines)).map((line) => line.number)).toEqual([2, 3]);
  });

  it("recognises the legal-entities extract without header, and keeps the lines read before the first known one", async () => {
    const extract = await openExtract(chunks(utf8("garbage\nstructureej;1\n")));
    expect(extract.kind).toBe("legal-entities");
    expect(extract.header).toBeNull();
    expect((await all(extract.lines)).map((line) => line.text)).toEqual(["garbage", "structureej;1"]);
  });

  it("refuses an empty file and a file of no extract", async () => {
    await expect(openExtract(chunks())).rejects.toMatchObject({ code: "EXTRACT_EMPTY" });
    await expect(openExtract(chunks(utf8("finess;etalab;111;2026-05-12\nnom;prénom\n")))).rejects.toMatchObject({ code: "EXTRACT_UNRECOGNISED" });
  });

  it("gives up on a long file with no known line", async () => {
    await expect(openExtract(chunks(utf8("x;y\n".repeat(500))))).rejects.toMatchObject({ code: "EXTRACT_UNRECOGNISED" });
  });
});
