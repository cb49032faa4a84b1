import "server-only";
/**
 * An uploaded FINESS file written to the upload folder as it arrives — never held in memory — and stopped as soon as
 * it passes the size limit; then recognised from its first lines, so that a wrong file is refused before any job.
 */
import { randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { finessImportRefusals } from "../../domain/finess/import-refusals";
import { FINESS_UPLOAD_MAX_BYTES, finessUploadSchema } from "../../schemas/finess-import";
import { openFinessFile, type OpenedFinessFile } from "./import-finess-file";
import { refuseSpreadsheetDamage } from "./spreadsheet-check";

export interface SavedUpload {
  path: string;
  size: number;
  kind: OpenedFinessFile["kind"];
}

const TOO_LARGE = finessUploadSchema.shape.size.safeParse(FINESS_UPLOAD_MAX_BYTES + 1).error?.issues[0].message ?? "";
const tooLarge = () => finessImportRefusals.refuse("UPLOAD_TOO_LARGE", { issue: TOO_LARGE });

export async function saveUpload(body: ReadableStream<Uint8Array>, dir: string): Promise<SavedUpload> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${randomUUID()}.finess`);
  let size = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      done(size > FINESS_UPLOAD_MAX_BYTES ? tooLarge() : null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(body as import("node:stream/web").ReadableStream<Uint8Array>), limit, createWriteStream(path));
    if (size === 0) throw finessImportRefusals.refuse("EXTRACT_EMPTY");
    return { path, size, kind: await recognise(path) };
  } catch (error) {
    await rm(path, { force: true });
    throw error;
  }
}

/**
 * Reads only what it takes to tell the file's kind (the flow's first byte, the extract's first lines — and, for an
 * extract, the head a spreadsheet would have damaged), so that the admin hears at once of a wrong file.
 */
async function recognise(path: string): Promise<OpenedFinessFile["kind"]> {
  const stream = createReadStream(path);
  try {
    const file = await openFinessFile(stream);
    if (file.kind !== "structures") await refuseSpreadsheetDamage(file);
    return file.kind;
  } finally {
    stream.destroy();
  }
}
