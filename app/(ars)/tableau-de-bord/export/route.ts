import type { NextRequest } from "next/server";
import { dashboardCsv, dashboardTables, exportFilename } from "@/lib/domain/reporting/export-tables";
import { exportFormatSchema } from "@/lib/schemas/reporting";
import { inputRefusals } from "@/lib/domain/errors";
import { periodKey, periodLabel } from "@/lib/domain/reporting/week-range";
import { DASHBOARD_READING } from "@/lib/domain/permissions/permissions";
import { loadDashboard } from "@/lib/server/reporting/dashboard-request";
import { tablesToXlsx } from "@/lib/server/reporting/spreadsheet";
import { refusalResponse, routeActor } from "@/lib/server/route-refusal";

const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/**
 * GET /tableau-de-bord/export?format=csv|xlsx&<the page's parameters>: what the page shows for the same parameters.
 * The region is checked with the page's parameters, by loadDashboard.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const actor = await routeActor(DASHBOARD_READING);
  if (actor instanceof Response) return actor;
  const { format: rawFormat, ...params } = Object.fromEntries(request.nextUrl.searchParams);
  const now = new Date();
  const outcome = await loadDashboard(actor, params, now);
  if (!outcome.ok) return refusalResponse(outcome.status, outcome.refusal);
  const format = exportFormatSchema.safeParse(rawFormat ?? "xlsx");
  if (!format.success) return refusalResponse(400, inputRefusals.refusal("INVALID_FIELD", { issue: format.error.issues[0].message }));

  const { dataset } = outcome;
  const context = { scope: dataset.scopeLabel, week: periodLabel(dataset.weeks), filters: dataset.filterLabels, generatedAt: now };
  const body = format.data === "csv" ? dashboardCsv(dataset, context) : new Uint8Array(await tablesToXlsx(dashboardTables(dataset, context), now));
  return new Response(body, {
    headers: {
      "Content-Type": CONTENT_TYPES[format.data],
      "Content-Disposition": `attachment; filename="${exportFilename(dataset.scope, periodKey(dataset.weeks), format.data)}"`,
      "Cache-Control": "no-store",
    },
  });
}
