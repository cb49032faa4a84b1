import type { NextRequest } from "next/server";
import { z } from "@/lib/schemas/zod";
import { rejectionsCsv, rejectionsFilename } from "@/lib/domain/finess/import-run";
import { finessImportRefusals } from "@/lib/domain/finess/import-refusals";
import { db } from "@/lib/server/db";
import { getImportRun, importRejections } from "@/lib/server/finess-import/import-runs";
import { refusalResponse, routeActor } from "@/lib/server/route-refusal";

/** GET /api/admin/imports-finess/<id>/rejets: the lines the import refused and why, for Excel. */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const actor = await routeActor("referential.import");
  if (actor instanceof Response) return actor;
  const id = z.uuid().safeParse((await params).id);
  const run = id.success ? await getImportRun(db(), id.data) : null;
  if (!run) return refusalResponse(404, finessImportRefusals.refusal("IMPORT_NOT_FOUND"));
  return new Response(rejectionsCsv(await importRejections(db(), run.id)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${rejectionsFilename(run.fileName, run.createdAt)}"`,
      "Cache-Control": "no-store",
    },
  });
}
