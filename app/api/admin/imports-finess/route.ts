import type { NextRequest } from "next/server";
import { DomainError } from "@/lib/domain/errors";
import { can, holdersOf } from "@/lib/domain/permissions/permissions";
import { finessUploadSchema } from "@/lib/schemas/finess-import";
import { NOT_SIGNED_IN } from "@/lib/server/action";
import { currentActor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { createImportRun } from "@/lib/server/finess-import/import-runs";
import { saveUpload } from "@/lib/server/finess-import/uploads";
import { enqueueFinessImport } from "@/lib/server/jobs/finess-import-queue";
import { jobQueue } from "@/lib/server/jobs/job-queue";

function refusal(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/**
 * POST /api/admin/imports-finess?fichier=<nom>, the file as the request body: saved, recognised, then queued as a
 * FINESS import job; answers the import's id for its progress page. (Outside proxy.ts, which would buffer the body.)
 */
export async function POST(request: NextRequest): Promise<Response> {
  const actor = await currentActor();
  if (!actor) return refusal(401, NOT_SIGNED_IN);
  if (!can(actor, "referential.import")) return refusal(403, `Accès refusé : l'import FINESS est réservé ${holdersOf("referential.import")}.`);
  const declared = Number(request.headers.get("content-length") ?? "");
  const checked = finessUploadSchema.safeParse({
    fileName: request.nextUrl.searchParams.get("fichier") ?? "",
    // Without a declared length, the limit is enforced as the file arrives.
    size: Number.isInteger(declared) && declared > 0 ? declared : 1,
  });
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return refusal(issue.path[0] === "size" && declared > 0 ? 413 : 400, issue.message);
  }
  if (!request.body) return refusal(400, "Le fichier est vide.");
  try {
    const saved = await saveUpload(request.body, env().FINESS_IMPORT_DIR);
    const run = await createImportRun(db(), actor, { fileName: checked.data.fileName, path: saved.path, byteSize: saved.size });
    await enqueueFinessImport(await jobQueue(), { path: saved.path, importId: run.id });
    return Response.json({ id: run.id, kind: saved.kind }, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof DomainError) return refusal(error.message.includes("1 Go") ? 413 : 400, error.message);
    throw error;
  }
}
