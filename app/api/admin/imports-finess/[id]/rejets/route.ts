import type { NextRequest } from "next/server";
import { z } from "@/lib/schemas/zod";
import { rejectionsCsv, rejectionsFilename } from "@/lib/domain/finess/import-run";
import { can, holdersOf } from "@/lib/domain/permissions/permissions";
import { NOT_SIGNED_IN } from "@/lib/server/action";
import { currentActor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { getImportRun, importRejections } from "@/lib/server/finess-import/import-runs";

function refusal(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/** GET /api/admin/imports-finess/<id>/rejets: the lines the import refused and why, for Excel. */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const actor = await currentActor();
  if (!actor) return refusal(401, NOT_SIGNED_IN);
  if (!can(actor, "referential.import")) return refusal(403, `Accès refusé : l'import FINESS est réservé ${holdersOf("referential.import")}.`);
  const id = z.uuid().safeParse((await params).id);
  const run = id.success ? await getImportRun(db(), id.data) : null;
  if (!run) return refusal(404, "Import FINESS introuvable.");
  return new Response(rejectionsCsv(await importRejections(db(), run.id)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${rejectionsFilename(run.fileName, run.createdAt)}"`,
      "Cache-Control": "no-store",
    },
  });
}
