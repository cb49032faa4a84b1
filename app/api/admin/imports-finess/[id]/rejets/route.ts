import { rejectionsCsv, rejectionsFilename } from "@/lib/domain/finess/import-run";
import { db } from "@/lib/server/db";
import { importRejections } from "@/lib/server/finess-import/import-runs";
import { importRunRoute } from "@/lib/server/finess-import/import-run-route";

/** GET /api/admin/imports-finess/<id>/rejets: the lines the import refused and why, for Excel. */
export const GET = importRunRoute(
  async (run) =>
    new Response(rejectionsCsv(await importRejections(db(), run.id)), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${rejectionsFilename(run.fileName, run.createdAt)}"`,
        "Cache-Control": "no-store",
      },
    }),
);
