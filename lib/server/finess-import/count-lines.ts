/**
 * How many data lines a FINESS file holds, counted before the import reads it so that the admin page can show
 * "lines read of total": line breaks in an extract (a byte scan, far faster than the import), structures in the JSON
 * flow (each legal entity and establishment has exactly one FINESS number key).
 */
import { createReadStream } from "node:fs";
import type { OpenedFinessFile } from "./import-finess-file";

const NEWLINE = 0x0a;
const FLOW_KEYS = ['"numFinessPm"', '"numFinessEge"'].map((key) => Buffer.from(key));

function occurrences(haystack: Buffer, needle: Buffer): number {
  let found = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) found += 1;
  return found;
}

export async function countDataLines(path: string, kind: OpenedFinessFile["kind"], hasHeader = false): Promise<number> {
  let count = 0;
  let tail = Buffer.alloc(0);
  let last = NEWLINE;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    if (kind === "structures") {
      // A key may straddle two chunks: the previous chunk's last bytes are searched again with this one.
      const window = Buffer.concat([tail, chunk]);
      count += FLOW_KEYS.reduce((sum, key) => sum + occurrences(window, key), 0);
      tail = window.subarray(Math.max(0, window.length - 15));
      count -= FLOW_KEYS.reduce((sum, key) => sum + occurrences(tail, key), 0);
    } else {
      count += occurrences(chunk, Buffer.of(NEWLINE));
      last = chunk[chunk.length - 1] ?? last;
    }
  }
  if (kind === "structures") return count + FLOW_KEYS.reduce((sum, key) => sum + occurrences(tail, key), 0);
  return count + (last === NEWLINE ? 0 : 1) - (hasHeader ? 1 : 0);
}
