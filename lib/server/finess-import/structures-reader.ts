/**
 * The FINESS « structures » JSON flow read as a stream: the national file is too large to hold, so a byte scanner
 * follows the document's nesting (strings and escapes included) and hands out each legal entity of the `pmej` array
 * as its own small JSON text, parsed natively; the groupings (`gcc`, `gco`) are skipped unread. Only one legal entity
 * is ever in memory.
 */
import { finessImportRefusals, type StructuresFlaw } from "../../domain/finess/import-refusals";

export interface StructuresHeader {
  schemaVersion: string | null;
  generatedAt: string | null;
}

export interface RawLegalEntity {
  /** 1-based line of the file where the legal entity starts. */
  line: number;
  /** The line where each of its geographic entities (`ege`) starts, in order. */
  egeLines: number[];
  json: string;
  /** Bytes of the file read so far, for progress. */
  bytesRead: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COLON = 0x3a;
const COMMA = 0x2c;
// indexOf's answer when the chunk has no more of a byte.
const NONE_LEFT = -1;

// Depths, counting open containers: the root object is 1, the pmej array 2, a legal entity 3, its ege array 4.
const ROOT = 1;
const LEGAL_ENTITY = 3;
const EGE = 5;

const malformed = (line: number, flaw: StructuresFlaw) => finessImportRefusals.refuse("STRUCTURES_MALFORMED", { line, flaw });

/** Whether a byte stream starts as a JSON document would (an object), after an optional byte order mark. */
export function looksLikeJson(head: Uint8Array): boolean {
  for (let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0; i < head.length; i++) {
    const byte = head[i];
    if (byte === 0x20 || byte === 0x09 || byte === 0x0d || byte === NEWLINE) continue;
    return byte === OPEN_OBJECT;
  }
  return false;
}

/**
 * Yields the legal entities of the flow; `header` is filled as its fields go by (before the first legal entity in
 * the published files). Throws a refusal (STRUCTURES_MALFORMED, STRUCTURES_WITHOUT_PMEJ) on a document that is not well nested or is cut short.
 */
export async function* readStructures(source: AsyncIterable<Uint8Array>, header: StructuresHeader): AsyncGenerator<RawLegalEntity> {
  // For each open container: is it an object, and under which key of its parent object was it opened.
  const objects: boolean[] = [];
  const keys: Array<string | null> = [];
  let line = 1;
  let bytesRead = 0;
  let inString = false;
  let escaped = false;
  // Where the current string started: in `pending` (bytes of the string carried over from earlier chunks) then here.
  let stringParts: Buffer[] = [];
  let stringStart = -1;
  // After a string inside an object, until ':' tells whether it was a key.
  let lastString: string | null = null;
  let expectingKey = false;
  let currentKey: string | null = null;
  let pmejDepth = -1;
  let element: { line: number; egeLines: number[]; parts: Buffer[]; start: number } | null = null;
  let sawRoot = false;
  let sawPmej = false;

  const capturing = () => objects.length === ROOT || objects.length === LEGAL_ENTITY;

  for await (const chunk of source) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let i = bytesRead === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    if (element) element.start = 0;
    let nextBackslash = -2;
    if (inString && stringStart >= 0) stringStart = 0;
    for (; i < bytes.length; i++) {
      const byte = bytes[i];
      if (inString) {
        if (escaped) {
          escaped = false;
          continue;
        }
        // Jump to the next quote or backslash: most of a string is neither. Backslashes are rare: where the next one
        // is stays known until it is passed (searching afresh for each string would scan the rest of the chunk).
        const quote = bytes.indexOf(QUOTE, i);
        if (nextBackslash !== NONE_LEFT && nextBackslash < i) nextBackslash = bytes.indexOf(BACKSLASH, i);
        const backslash = nextBackslash;
        const next = quote < 0 ? backslash : backslash < 0 ? quote : Math.min(quote, backslash);
        if (next < 0) {
          i = bytes.length;
          break;
        }
        i = next;
        if (bytes[i] === BACKSLASH) {
          escaped = true;
          continue;
        }
        inString = false;
        if (stringStart >= 0) {
          stringParts.push(bytes.subarray(stringStart, i));
          lastString = Buffer.concat(stringParts).toString("utf8");
          stringParts = [];
          stringStart = -1;
        }
        continue;
      }
      switch (byte) {
        case NEWLINE:
          line += 1;
          break;
        case QUOTE:
          inString = true;
          lastString = null;
          if (capturing() && objects[objects.length - 1]) stringStart = i + 1;
          break;
        case COLON:
          if (expectingKey) {
            currentKey = lastString;
            keys[objects.length - 1] = currentKey;
            expectingKey = false;
            lastString = null;
          }
          break;
        case COMMA:
          if (objects[objects.length - 1]) expectingKey = true;
          if (objects.length === ROOT && lastString !== null) takeHeaderField();
          break;
        case OPEN_OBJECT:
        case OPEN_ARRAY: {
          if (objects.length === 0) {
            if (byte !== OPEN_OBJECT || sawRoot) throw malformed(line, "ROOT_NOT_OBJECT");
            sawRoot = true;
          }
          const parentKey = objects[objects.length - 1] ? keys[objects.length - 1] : null;
          objects.push(byte === OPEN_OBJECT);
          keys.push(null);
          expectingKey = byte === OPEN_OBJECT;
          lastString = null;
          const depth = objects.length;
          if (depth === 2 && parentKey === "pmej") {
            if (byte !== OPEN_ARRAY) throw malformed(line, "PMEJ_NOT_ARRAY");
            pmejDepth = depth;
            sawPmej = true;
          } else if (depth === LEGAL_ENTITY && pmejDepth === 2) {
            if (byte !== OPEN_OBJECT) throw malformed(line, "PMEJ_ITEM_NOT_OBJECT");
            element = { line, egeLines: [], parts: [], start: i };
          } else if (depth === EGE && element && keys[LEGAL_ENTITY - 1] === "ege" && !objects[3] && byte === OPEN_OBJECT) {
            element.egeLines.push(line);
          }
          break;
        }
        case CLOSE_OBJECT:
        case CLOSE_ARRAY: {
          const isObject = objects.pop();
          keys.pop();
          if (isObject === undefined || isObject !== (byte === CLOSE_OBJECT)) throw malformed(line, "UNBALANCED");
          if (objects.length === ROOT - 1 && lastString !== null) takeHeaderField();
          const depth = objects.length;
          if (depth === LEGAL_ENTITY - 1 && element && pmejDepth === 2) {
            element.parts.push(bytes.subarray(element.start, i + 1));
            const json = Buffer.concat(element.parts).toString("utf8");
            const done = element;
            element = null;
            yield { line: done.line, egeLines: done.egeLines, json, bytesRead: bytesRead + i + 1 };
          } else if (depth === 1 && pmejDepth === 2) {
            pmejDepth = -1;
          }
          expectingKey = false;
          lastString = null;
          break;
        }
      }
    }
    if (element) element.parts.push(bytes.subarray(element.start));
    if (inString && stringStart >= 0) stringParts.push(bytes.subarray(stringStart));
    bytesRead += bytes.length;
  }
  if (!sawRoot) throw malformed(line, "NO_OBJECT");
  if (objects.length || inString) throw malformed(line, "TRUNCATED");
  if (!sawPmej) throw finessImportRefusals.refuse("STRUCTURES_WITHOUT_PMEJ");

  // A root string value, once followed by ',' or '}': the flow's version and date are the ones kept.
  function takeHeaderField(): void {
    if (currentKey === "schemaVersion") header.schemaVersion = lastString;
    else if (currentKey === "generatedAt") header.generatedAt = lastString;
    currentKey = null;
    lastString = null;
  }
}
