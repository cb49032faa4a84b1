/**
 * The FINESS « structures » JSON flow read as a stream: the national file is too large to hold, so a byte scanner
 * follows the document's nesting and hands out each legal entity of the `pmej` array as its own small JSON text,
 * parsed natively; the groupings (`gcc`, `gco`) are skipped unread. Only one legal entity is ever in memory.
 *
 * The scanner looks at as few bytes as it can: a table tells in one lookup whether a byte matters (a quote, a bracket
 * or brace, a colon, a comma, a line break), a string is crossed looking only for its closing quote or a backslash, and
 * only the keys that steer it (at the root, and `ege` in a legal entity) are read as text.
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

// The ASCII bytes the scanner looks for, named after their character.
const [QUOTE, BACKSLASH, NEWLINE, OPEN_OBJECT, CLOSE_OBJECT] = Array.from('"\\\n{}', (char) => char.charCodeAt(0));

// What a byte is to the scanner; 0 (most bytes: spaces, letters, digits) is nothing.
const [NEWLINE_BYTE, QUOTE_BYTE, COLON_BYTE, COMMA_BYTE, OPENING_BYTE, CLOSING_BYTE] = [1, 2, 3, 4, 5, 6] as const;
const BYTE_CLASS = new Uint8Array(256);
for (const [kind, chars] of [[NEWLINE_BYTE, "\n"], [QUOTE_BYTE, '"'], [COLON_BYTE, ":"], [COMMA_BYTE, ","], [OPENING_BYTE, "{["], [CLOSING_BYTE, "}]"]] as const) {
  for (const char of chars) BYTE_CLASS[char.charCodeAt(0)] = kind;
}

// Depths, counting open containers: the root object is 1, the pmej array 2, a legal entity 3, its ege array 4.
const ROOT = 1;
const PMEJ = 2;
const LEGAL_ENTITY = 3;
const EGE = 5;

const EGE_KEY = Buffer.from("ege");

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

/** A root string's text, its escapes read (`\"`, `\u00e9`); as written if they are malformed. */
function unescaped(raw: string): string {
  if (!raw.includes("\\")) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

/**
 * Yields the legal entities of the flow; `header` is filled as its fields go by (before the first legal entity in
 * the published files). Throws a refusal (STRUCTURES_MALFORMED, STRUCTURES_WITHOUT_PMEJ) on a document that is not well
 * nested or is cut short.
 */
export async function* readStructures(source: AsyncIterable<Uint8Array>, header: StructuresHeader): AsyncGenerator<RawLegalEntity> {
  // objects[d - 1]: whether the container at depth d is an object (else an array).
  const objects: boolean[] = [];
  let depth = 0;
  let line = 1;
  let bytesRead = 0;
  let inString = false;
  // The string's next byte is escaped (its backslash may have ended the previous chunk).
  let escapePending = false;
  // Whether the next string of the current object is a key (after `{` or `,`), not a value (after `:`).
  let expectingKey = false;
  // A string whose text is wanted (a root key or value, a legal entity's key): its bytes, over chunks if need be.
  let wanted: Buffer[] | null = null;
  let wantedStart = -1;
  let rootKey: string | null = null;
  let rootValue: string | null = null;
  // Whether the current key of the legal entity being read is `ege`.
  let inEgeKey = false;
  let element: { line: number; egeLines: number[]; parts: Buffer[]; start: number } | null = null;
  let sawRoot = false;
  let sawPmej = false;
  let inPmej = false;

  for await (const chunk of source) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const length = bytes.length;
    let i = bytesRead === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    if (element) element.start = 0;
    if (wanted) wantedStart = 0;
    while (i < length) {
      if (inString) {
        // Strings are short (keys, codes, names): a plain loop beats a native search per string.
        let byte = 0;
        if (escapePending) {
          escapePending = false;
          i += 1;
        }
        while (i < length && (byte = bytes[i]) !== QUOTE && byte !== BACKSLASH) i += 1;
        if (i >= length) break;
        if (byte === BACKSLASH) {
          escapePending = true;
          i += 1;
          continue;
        }
        inString = false;
        if (wanted) endWantedString(bytes, i);
        i += 1;
        continue;
      }
      let kind = BYTE_CLASS[bytes[i]];
      while (kind === 0 && ++i < length) kind = BYTE_CLASS[bytes[i]];
      switch (kind) {
        case NEWLINE_BYTE:
          line += 1;
          break;
        case QUOTE_BYTE:
          inString = true;
          if (depth === ROOT || (depth === LEGAL_ENTITY && expectingKey && element)) {
            wanted = [];
            wantedStart = i + 1;
          }
          break;
        case COLON_BYTE:
          expectingKey = false;
          break;
        case COMMA_BYTE:
          if (depth === ROOT) takeHeaderField();
          expectingKey = objects[depth - 1] === true;
          break;
        case OPENING_BYTE: {
          const isObject = bytes[i] === OPEN_OBJECT;
          if (depth === 0) {
            if (!isObject || sawRoot) throw malformed(line, "ROOT_NOT_OBJECT");
            sawRoot = true;
          } else if (depth === ROOT && rootKey === "pmej") {
            if (isObject) throw malformed(line, "PMEJ_NOT_ARRAY");
            inPmej = true;
            sawPmej = true;
          } else if (depth === PMEJ && inPmej) {
            if (!isObject) throw malformed(line, "PMEJ_ITEM_NOT_OBJECT");
            element = { line, egeLines: [], parts: [], start: i };
          } else if (depth === EGE - 1 && isObject && inEgeKey && element && !objects[LEGAL_ENTITY]) {
            element.egeLines.push(line);
          }
          objects[depth] = isObject;
          depth += 1;
          expectingKey = isObject;
          if (depth === ROOT + 1) rootKey = null;
          if (depth === LEGAL_ENTITY) inEgeKey = false;
          break;
        }
        case CLOSING_BYTE: {
          if (depth === 0 || objects[depth - 1] !== (bytes[i] === CLOSE_OBJECT)) throw malformed(line, "UNBALANCED");
          if (depth === ROOT) takeHeaderField();
          depth -= 1;
          expectingKey = false;
          if (depth === PMEJ && element && inPmej) {
            const last = bytes.subarray(element.start, i + 1);
            const json = (element.parts.length ? Buffer.concat([...element.parts, last]) : last).toString("utf8");
            const done = element;
            element = null;
            yield { line: done.line, egeLines: done.egeLines, json, bytesRead: bytesRead + i + 1 };
          } else if (depth === ROOT && inPmej) {
            inPmej = false;
          }
          break;
        }
      }
      i += 1;
    }
    if (element) element.parts.push(bytes.subarray(element.start));
    if (wanted && wantedStart >= 0) wanted.push(bytes.subarray(wantedStart));
    bytesRead += length;
  }
  if (!sawRoot) throw malformed(line, "NO_OBJECT");
  if (depth || inString) throw malformed(line, "TRUNCATED");
  if (!sawPmej) throw finessImportRefusals.refuse("STRUCTURES_WITHOUT_PMEJ");

  function endWantedString(bytes: Buffer, end: number): void {
    const parts = wanted!;
    wanted = null;
    if (depth === LEGAL_ENTITY) {
      // Only `ege` matters here: compared as bytes, never decoded.
      inEgeKey = parts.length === 0 ? bytes.subarray(wantedStart, end).equals(EGE_KEY) : Buffer.concat([...parts, bytes.subarray(wantedStart, end)]).equals(EGE_KEY);
      return;
    }
    const text = unescaped(Buffer.concat([...parts, bytes.subarray(wantedStart, end)]).toString("utf8"));
    if (expectingKey) rootKey = text;
    else rootValue = text;
  }

  // A root string value, once followed by ',' or '}': the flow's version and date are the ones kept.
  function takeHeaderField(): void {
    if (rootValue !== null) {
      if (rootKey === "schemaVersion") header.schemaVersion = rootValue;
      else if (rootKey === "generatedAt") header.generatedAt = rootValue;
    }
    rootKey = null;
    rootValue = null;
  }
}
