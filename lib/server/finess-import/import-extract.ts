/** Entry point for the script and the admin console: any FINESS public extract, recognised by its lines. */
import { createReadStream } from "node:fs";
import type { PrismaClient } from "../prisma";
import { openExtract, type OpenedExtract } from "./extract-lines";
import { importEstablishments } from "./import-establishments";
import { importLegalEntities } from "./import-legal-entities";
import type { ImportOptions, ImportReport } from "./import-report";

export function importOpenedExtract(db: PrismaClient, extract: OpenedExtract, options?: ImportOptions): Promise<ImportReport> {
  return extract.kind === "establishments" ? importEstablishments(db, extract, options) : importLegalEntities(db, extract, options);
}

/** Imports an extract from a byte stream (a file, an upload's `File.stream()`), UTF-8 or Windows-1252. */
export async function importFinessExtract(
  db: PrismaClient,
  source: AsyncIterable<Uint8Array>,
  options?: ImportOptions,
): Promise<ImportReport> {
  return importOpenedExtract(db, await openExtract(source), options);
}

export function openExtractFile(path: string): Promise<OpenedExtract> {
  return openExtract(createReadStream(path));
}
