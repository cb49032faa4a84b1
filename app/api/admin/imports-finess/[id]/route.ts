import type { NextRequest } from "next/server";
import { z } from "@/lib/schemas/zod";
import { progressPercent } from "@/lib/domain/finess/import-run";
import { finessImportRefusals } from "@/lib/domain/finess/import-refusals";
import { db } from "@/lib/server/db";
import { getImportRun } from "@/lib/server/finess-import/import-runs";
import { refusalResponse, routeActor } from "@/lib/server/route-refusal";

/** GET /api/admin/imports-finess/<id>: where the import stands, polled by its page. */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const actor = await routeActor("referential.import");
  if (actor instanceof Response) return actor;
  const id = z.uuid().safeParse((await params).id);
  const run = id.success ? await getImportRun(db(), id.data) : null;
  if (!run) return refusalResponse(404, finessImportRefusals.refusal("IMPORT_NOT_FOUND"));
  return Response.json({ ...run, percent: progressPercent(run) }, { headers: { "Cache-Control": "no-store" } });
}
