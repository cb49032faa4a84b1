import type { NextRequest } from "next/server";
import { dashboardCsv, dashboardTables, exportFilename } from "@/lib/domain/reporting/export-tables";
import { exportFormatSchema } from "@/lib/schemas/reporting";
import { NOT_SIGNED_IN } from "@/lib/server/action";
import { currentActor } from "@/lib/server/actor";
import { loadDashboard } from "@/lib/server/reporting/dashboard-request";
import { tablesToXlsx } from "@/lib/server/reporting/spreadsheet";

function refusal(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/**
 * GET /tableau-de-bord/export?format=csv|xlsx&<the page's parameters>: what the page shows for the same parameters.
 * A route handler is outside the action wrapper: it checks the session, the role and the region itself.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const actor = await currentActor();
  if (!actor) return refusal(401, NOT_SIGNED_IN);
  const { format: rawFormat, ...params } = Object.fromEntries(request.nextUrl.searchParams);
  const now = new Date();
  const outcome = await loadDashboard(actor, params, now);
  if (!outcome.ok) return refusal(outcome.status, outcome.message);
  const format = exportFormatSchema.safeParse(rawFormat ?? "xlsx");
  if (!format.success) return refusal(400, format.error.issues[0].message);

  const { dataset } = outcome;
  const context = { scope: dataset.scopeLabel, week: dataset.week, filters: dataset.filterLabels, generatedAt: now };
  const body = format.data === "csv" ? dashboardCsv(dataset, context) : new Uint8Array(await tablesToXlsx(dashboardTables(dataset, context), now));
  return new Response(body, {
    headers: {
      "Content-Type": CONTENT_TYPES[format.data],
      "Content-Disposition": `attachment; filename="${exportFilename(dataset.scope, dataset.week, format.data)}"`,
      "Cache-Control": "no-store",
    },
  });
}
