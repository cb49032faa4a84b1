/** Entry point for the script, the background job and the bench: any FINESS public extract, recognised by its lines. */
import { createReadStream } from "node:fs";
import pg from "pg";
import { openExtract, type OpenedExtract } from "./extract-lines";
import { importEstablishments } from "./import-establishments";
import { importLegalEntities } from "./import-legal-entities";
import type { ImportOptions, ImportReport } from "./import-report";
import { refuseSpreadsheetDamage } from "./spreadsheet-check";

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

/** Refuses a file a spreadsheet saved again (spreadsheet-check.ts) before anything is written, then imports it. */
export async function importOpenedExtract(databaseUrl: string, opened: OpenedExtract, options?: ImportOptions): Promise<ImportReport> {
  const extract = await refuseSpreadsheetDamage(opened);
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
