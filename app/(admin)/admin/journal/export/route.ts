import type { NextRequest } from "next/server";
import { journalCsv, journalCsvFilename } from "@/lib/domain/audit/journal-csv";
import { AUDIT_READING } from "@/lib/domain/permissions/permissions";
import { JOURNAL_EXPORT_LIMIT, loadJournal } from "@/lib/server/audit/queries";
import { refusalResponse, routeActor } from "@/lib/server/route-refusal";

/** GET /admin/journal/export?acteur=…&action=…&objet=…&identifiant=…&du=…&au=…: the page's entries, for Excel. */
export async function GET(request: NextRequest): Promise<Response> {
  const actor = await routeActor(AUDIT_READING);
  if (actor instanceof Response) return actor;
  const outcome = await loadJournal(actor, Object.fromEntries(request.nextUrl.searchParams), JOURNAL_EXPORT_LIMIT);
  if (!outcome.ok) return refusalResponse(outcome.status, outcome.refusal);
  const now = new Date();
  return new Response(journalCsv(outcome.entries), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${journalCsvFilename(outcome.scope.kind === "region" ? `region-${outcome.scope.regionCode}` : "national", now)}"`,
      "Cache-Control": "no-store",
    },
  });
}
