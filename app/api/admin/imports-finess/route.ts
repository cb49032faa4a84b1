import type { NextRequest } from "next/server";
import { DomainError, inputRefusals } from "@/lib/domain/errors";
import { finessImportRefusals } from "@/lib/domain/finess/import-refusals";
import { finessUploadSchema } from "@/lib/schemas/finess-import";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { createImportRun } from "@/lib/server/finess-import/import-runs";
import { saveUpload } from "@/lib/server/finess-import/uploads";
import { enqueueFinessImport } from "@/lib/server/jobs/finess-import-queue";
import { jobQueue } from "@/lib/server/jobs/job-queue";
import { refusalResponse, routeActor } from "@/lib/server/route-refusal";

/**
 * POST /api/admin/imports-finess?fichier=<nom>, the file as the request body: saved, recognised, then queued as a
 * FINESS import job; answers the import's id for its progress page. (Outside proxy.ts, which would buffer the body.)
 */
export async function POST(request: NextRequest): Promise<Response> {
  const actor = await routeActor("referential.import");
  if (actor instanceof Response) return actor;
  const declared = Number(request.headers.get("content-length") ?? "");
  const checked = finessUploadSchema.safeParse({
    fileName: request.nextUrl.searchParams.get("fichier") ?? "",
    // Without a declared length, the limit is enforced as the file arrives.
    size: Number.isInteger(declared) && declared > 0 ? declared : 1,
  });
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return issue.path[0] === "size" && declared > 0
      ? refusalResponse(413, finessImportRefusals.refusal("UPLOAD_TOO_LARGE", { issue: issue.message }))
      : refusalResponse(400, inputRefusals.refusal("INVALID_FIELD", { issue: issue.message }));
  }
  if (!request.body) return refusalResponse(400, finessImportRefusals.refusal("EXTRACT_EMPTY"));
  try {
    const saved = await saveUpload(request.body, env().FINESS_IMPORT_DIR);
    const run = await createImportRun(db(), actor, { fileName: checked.data.fileName, path: saved.path, byteSize: saved.size });
    await enqueueFinessImport(await jobQueue(), { path: saved.path, importId: run.id });
    return Response.json({ id: run.id, kind: saved.kind }, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof DomainError) return refusalResponse(error.code === "UPLOAD_TOO_LARGE" ? 413 : 400, error.refusal);
    throw error;
  }
}
