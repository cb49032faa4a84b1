/**
 * The shape every FINESS import shares: read the file item by item, stage what is accepted through COPY, then merge
 * the staging table into the referential in one transaction. Nothing is written before the whole file is read, so a
 * file cut short or refused half-way changes nothing.
 */
import type pg from "pg";
import type { ExtractLine, OpenedExtract } from "./extract-lines";
import type { ImportOptions, RejectedLine } from "./import-report";
import { inTransaction, requireSeededReferential } from "./merge-staged";
import { createStagingTable, StagingWriter } from "./staging";

export interface ReadItem {
  /** Bytes of the file read so far, for progress. */
  bytesRead: number;
}

/** What staging one item of the file did: how many data records it held, and those refused. */
export interface StagedItem {
  read: number;
  rejected: RejectedLine[];
}

export interface StagedImport<I extends ReadItem, M> {
  items: AsyncIterable<I>;
  stage: (item: I, staging: StagingWriter) => Promise<StagedItem>;
  merge: (client: pg.Client) => Promise<M>;
}

export async function runStagedImport<I extends ReadItem, M>(
  client: pg.Client,
  { items, stage, merge }: StagedImport<I, M>,
  { onProgress, progressEvery = 1000 }: ImportOptions = {},
): Promise<{ read: number; rejected: RejectedLine[]; merged: M }> {
  await requireSeededReferential(client);
  await createStagingTable(client);
  const staging = new StagingWriter(client);
  const rejected: RejectedLine[] = [];
  let read = 0;
  let bytes = 0;
  let nextProgress = progressEvery;
  try {
    for await (const item of items) {
      const staged = await stage(item, staging);
      read += staged.read;
      rejected.push(...staged.rejected);
      bytes = item.bytesRead;
      if (read >= nextProgress) {
        nextProgress = read - (read % progressEvery) + progressEvery;
        await onProgress?.({ phase: "reading", lines: read, bytes, rejected: rejected.length });
      }
    }
    await staging.end();
  } catch (error) {
    staging.abort(error instanceof Error ? error : new Error(String(error)));
    throw error;
  }
  await onProgress?.({ phase: "writing", lines: read, bytes, rejected: rejected.length });
  const merged = await inTransaction(client, () => merge(client));
  return { read, rejected, merged };
}

/** The import of one kind of extract: the whole opened extract in, its report out. */
export type ExtractImport<R> = (client: pg.Client, extract: Pick<OpenedExtract, "header" | "lines">, options?: ImportOptions) => Promise<R>;

/** A staged import of an extract's lines, one record a line: `stageLine` stages it, or says why it refuses it. */
export function runExtractImport<M>(
  client: pg.Client,
  { lines, stageLine, merge }: { lines: AsyncIterable<ExtractLine>; stageLine: (line: ExtractLine, staging: StagingWriter) => Promise<string | null>; merge: (client: pg.Client) => Promise<M> },
  options?: ImportOptions,
) {
  return runStagedImport(
    client,
    {
      items: lines,
      async stage(line, staging) {
        const reason = await stageLine(line, staging);
        return { read: 1, rejected: reason ? [{ line: line.number, reason }] : [] };
      },
      merge,
    },
    options,
  );
}
