/** Entry point for the script, the background job and the bench: any FINESS public extract, recognised by its lines. */
import { createReadStream } from "node:fs";
import pg from "pg";
import { openExtract, type OpenedExtract } from "./extract-lines";
import { importEstablishments } from "./import-establishments";
import { importLegalEntities } from "./import-legal-entities";
import type { ImportOptions, ImportReport } from "./import-report";

/** An import works on a connection of its own: its staging table and COPY live there. */
export async function withImportConnection<T>(databaseUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export function importOpenedExtract(databaseUrl: string, extract: OpenedExtract, options?: ImportOptions): Promise<ImportReport> {
  return withImportConnection<ImportReport>(databaseUrl, (client) =>
    extract.kind === "establishments" ? importEstablishments(client, extract, options) : importLegalEntities(client, extract, options),
  );
}

/** Imports an extract from a byte stream (a file, an upload), UTF-8 or Windows-1252. */
export async function importFinessExtract(
  databaseUrl: string,
  source: AsyncIterable<Uint8Array>,
  options?: ImportOptions,
): Promise<ImportReport> {
  return importOpenedExtract(databaseUrl, await openExtract(source), options);
}

export function openExtractFile(path: string): Promise<OpenedExtract> {
  return openExtract(createReadStream(path));
}
