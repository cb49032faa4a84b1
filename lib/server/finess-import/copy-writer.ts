/**
 * Rows streamed into a table with PostgreSQL's COPY (text format): the fastest way in, one round trip for the whole
 * file, with the stream's backpressure so that a large file never piles up in memory.
 */
import { once } from "node:events";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

export type CopyValue = string | number | boolean | null;

// Rows are sent by chunks of about this many characters: one write per row would cost more than the COPY itself.
const CHUNK_CHARACTERS = 1 << 16;

/**
 * How much may wait to be sent before the reader pauses. With the stream's default (16 KB), every chunk waited for
 * PostgreSQL to take the previous one: reading and COPY took turns instead of running side by side, and on a busy
 * machine each turn also waited to be scheduled. A few megabytes let both work at once, memory still bounded.
 */
export const COPY_BUFFER_BYTES = 8 << 20;

/** A value in COPY's text format: `\N` for null, and backslash, tab and line breaks escaped. */
export function copyField(value: CopyValue): string {
  if (value === null) return "\\N";
  if (typeof value !== "string") return String(value);
  return SPECIAL.test(value) ? value.replace(SPECIALS, (char) => COPY_ESCAPES[char]) : value;
}

const SPECIAL = /[\\\t\n\r]/;
const SPECIALS = /[\\\t\n\r]/g;

const COPY_ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

export class CopyWriter {
  private pending = "";
  private closed = false;
  rows = 0;

  private constructor(private readonly stream: ReturnType<typeof copyFrom>) {}

  static open(client: pg.Client, table: string, columns: readonly string[]): CopyWriter {
    const stream = client.query(copyFrom(`COPY ${table} (${columns.join(", ")}) FROM STDIN`, { highWaterMark: COPY_BUFFER_BYTES }));
    return new CopyWriter(stream);
  }

  async write(values: readonly CopyValue[]): Promise<void> {
    let row = copyField(values[0]);
    for (let i = 1; i < values.length; i++) row += `\t${copyField(values[i])}`;
    this.pending += `${row}\n`;
    this.rows += 1;
    if (this.pending.length >= CHUNK_CHARACTERS) await this.flush();
  }

  private async flush(): Promise<void> {
    const chunk = this.pending;
    this.pending = "";
    if (chunk && !this.stream.write(chunk)) await once(this.stream, "drain");
  }

  /** Sends what is left and waits for PostgreSQL to acknowledge the whole COPY. */
  async end(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.flush();
    const finished = once(this.stream, "finish");
    this.stream.end();
    await finished;
  }

  /** Abandons the COPY (the rows sent are discarded by PostgreSQL). */
  abort(error: Error): void {
    if (this.closed) return;
    this.closed = true;
    // The caller throws `error`; the COPY's own end (the connection closing under it) is no news.
    this.stream.on("error", () => {});
    this.stream.destroy(error);
  }
}
