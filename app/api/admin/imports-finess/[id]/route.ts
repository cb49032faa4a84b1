import { progressPercent } from "@/lib/domain/finess/import-run";
import { importRunRoute } from "@/lib/server/finess-import/import-run-route";

/** GET /api/admin/imports-finess/<id>: where the import stands, polled by its page. */
export const GET = importRunRoute((run) => Response.json({ ...run, percent: progressPercent(run) }, { headers: { "Cache-Control": "no-store" } }));
