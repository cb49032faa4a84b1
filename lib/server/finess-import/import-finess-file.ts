/**
 * Entry point for the script, the background job and the bench: any FINESS file — a CSV extract (establishments or
 * legal entities, recognised by its lines) or the JSON « structures » flow (recognised by its first character).
 */
import { createReadStream } from "node:fs";
import pg from "pg";
import { openExtract, type OpenedExtract } from "./extract-lines";
import { importEstablishments } from "./import-establishments";
import { importLegalEntities } from "./import-legal-entities";
import type { ImportOptions, ImportReport } from "./import-report";
import { importStructures, type OpenedStructures } from "./import-structures";
import { refuseSpreadsheetDamage } from "./spreadsheet-check";
import { looksLikeJson } from "./structures-reader";

export type OpenedFinessFile = OpenedExtract | OpenedStructures;

/** An import works on a connection of its own: its staging table and COPY live there. */
export async function withImportConnection<T>(databaseUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  // A COPY abandoned on a refused file ends the connection under it: the refusal is what the caller must hear, and
  // any other loss of the connection fails the statement under way, which the import awaits.
  client.on("error", () => {});
  await client.connect();
  // The staging table lives in this connection's own buffers (8 MB by default): large enough for a national file,
  // every merge reads it from memory. Only an import's connection asks for it, and gives it back when it closes.
  await client.query("SET temp_buffers = '256MB'");
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Tells the format from the first bytes, then reads on from them (the stream is read once). */
export async function openFinessFile(source: AsyncIterable<Uint8Array>): Promise<OpenedFinessFile> {
  const iterator = source[Symbol.asyncIterator]();
  const first = await iterator.next();
  async function* replayed(): AsyncGenerator<Uint8Array> {
    if (first.done) return;
    yield first.value;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return !first.done && looksLikeJson(first.value) ? { kind: "structures", source: replayed() } : openExtract(replayed());
}

// Chunks of 1 MiB rather than 64 KiB: a national file is read in a few hundred steps, not thousands.
const READ_CHUNK_BYTES = 1 << 20;

export function openFinessPath(path: string): Promise<OpenedFinessFile> {
  return openFinessFile(createReadStream(path, { highWaterMark: READ_CHUNK_BYTES }));
}

/** An extract a spreadsheet saved again (spreadsheet-check.ts) is refused before anything is written. */
export async function importOpenedFile(databaseUrl: string, file: OpenedFinessFile, options?: ImportOptions): Promise<ImportReport> {
  if (file.kind === "structures") return withImportConnection(databaseUrl, (client) => importStructures(client, file, options));
  const extract = await refuseSpreadsheetDamage(file);
  return withImportConnection<ImportReport>(databaseUrl, (client) =>
    extract.kind === "establishments" ? importEstablishments(client, extract, options) : importLegalEntities(client, extract, options),
  );
}

/** Imports a FINESS file from a byte stream (a file, an upload); extracts in UTF-8 or Windows-1252. */
export async function importFinessFile(databaseUrl: string, source: AsyncIterable<Uint8Array>, options?: ImportOptions): Promise<ImportReport> {
  return importOpenedFile(databaseUrl, await openFinessFile(source), options);
}
