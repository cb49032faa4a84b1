/** The lines of a FINESS extract read from a byte stream, decoded line by line, never the whole file at once. */
import { isUtf8 } from "node:buffer";
import { finessImportRefusals } from "../../domain/finess/import-refusals";
import { extractKindOf, parseExtractHeader, type ExtractHeader, type ExtractKind } from "../../domain/finess/extract-header";

export interface ExtractLine {
  /** 1-based, the header line included, as an editor shows it. */
  number: number;
  text: string;
  /** Bytes of the file consumed so far, for progress. */
  bytesRead: number;
}

export interface OpenedExtract {
  kind: ExtractKind;
  header: ExtractHeader | null;
  /** The data lines, from the first one after the header. */
  lines: AsyncIterable<ExtractLine>;
}

const NEWLINE = 0x0a;
// Windows-1252 bytes 0x80–0x9F (Node 20's TextDecoder("windows-1252") decodes them as Latin-1 control characters).
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
// This many lines without one of a known section: the file is no FINESS extract (and the lines kept to replay stay few).
const MAX_LINES_BEFORE_DATA = 100;

export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString("latin1")
    .replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80]);
}

/**
 * Non-blank lines, in UTF-8 until one is not valid UTF-8: from then on the file is taken for Windows-1252 (older
 * extracts are). ASCII lines read the same in both, so the lines already decoded stay right. The lines of a chunk are
 * decoded together (one call for thousands of lines), line by line only in the chunk where the encoding changes.
 */
export async function* readExtractLines(source: AsyncIterable<Uint8Array>): AsyncGenerator<ExtractLine> {
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  let windows1252 = false;
  const decodeLine = (bytes: Uint8Array): string => {
    if (!windows1252) {
      try {
        return utf8.decode(bytes);
      } catch {
        windows1252 = true;
      }
    }
    return decodeWindows1252(bytes);
  };

  let number = 0;
  let bytesRead = 0;
  // `consumed` counts the line's bytes with its line break.
  const line = (text: string, consumed: number): ExtractLine | null => {
    number += 1;
    bytesRead += consumed;
    const content = text.endsWith("\r") ? text.slice(0, -1) : text;
    return content.trim() ? { number, text: content, bytesRead } : null;
  };

  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of source) {
    const buffer = rest.byteLength ? Buffer.concat([rest, chunk]) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const last = buffer.lastIndexOf(NEWLINE);
    if (last < 0) {
      rest = buffer;
      continue;
    }
    const complete = buffer.subarray(0, last + 1);
    rest = buffer.subarray(last + 1);
    const whole = windows1252 ? decodeWindows1252(complete) : isUtf8(complete) ? complete.toString("utf8") : null;
    let start = 0;
    if (whole === null) {
      for (let newline = complete.indexOf(NEWLINE); newline >= 0; newline = complete.indexOf(NEWLINE, start)) {
        const read = line(decodeLine(complete.subarray(start, newline)), newline + 1 - start);
        start = newline + 1;
        if (read) yield read;
      }
      continue;
    }
    const texts = whole.split("\n");
    for (let i = 0; i < texts.length - 1; i++) {
      const newline = complete.indexOf(NEWLINE, start);
      const read = line(texts[i], newline + 1 - start);
      start = newline + 1;
      if (read) yield read;
    }
  }
  if (rest.byteLength) {
    const read = line(decodeLine(rest), rest.byteLength);
    if (read) yield read;
  }
}

/** Reads the header and tells which extract this is from its first data line; the data lines follow. */
export async function openExtract(source: AsyncIterable<Uint8Array>): Promise<OpenedExtract> {
  const lines = readExtractLines(source);
  const first = await lines.next();
  if (first.done) throw finessImportRefusals.refuse("EXTRACT_EMPTY");
  const header = parseExtractHeader(first.value.text);
  const beforeData: ExtractLine[] = header ? [] : [first.value];
  let kind = header ? null : extractKindOf(first.value.text);
  while (!kind) {
    const next = await lines.next();
    if (next.done || beforeData.length >= MAX_LINES_BEFORE_DATA) {
      await lines.return(undefined);
      throw finessImportRefusals.refuse("EXTRACT_UNRECOGNISED");
    }
    beforeData.push(next.value);
    kind = extractKindOf(next.value.text);
  }
  return { kind, header, lines: replay(beforeData, lines) };
}

async function* replay(read: ExtractLine[], rest: AsyncIterable<ExtractLine>): AsyncGenerator<ExtractLine> {
  yield* read;
  yield* rest;
}
