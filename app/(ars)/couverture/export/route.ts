import type { NextRequest } from "next/server";
import { coverCsv, coverCsvFilename } from "@/lib/domain/stock/cover-csv";
import { COVER_READING } from "@/lib/domain/permissions/permissions";
import { refusalResponse, routeActor } from "@/lib/server/route-refusal";
import { coverScope, regionCover } from "@/lib/server/stock/region-cover";

/** GET /couverture/export[?region=84]: the cover of the region's followed establishments, for Excel. */
export async function GET(request: NextRequest): Promise<Response> {
  const actor = await routeActor(COVER_READING);
  if (actor instanceof Response) return actor;
  const scope = coverScope(actor, request.nextUrl.searchParams.get("region"));
  if (!scope.ok) return refusalResponse(403, scope.refusal);
  const now = new Date();
  const { accounts } = await regionCover(scope.regionCode, now);
  return new Response(coverCsv(accounts, now), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${coverCsvFilename(scope.regionCode ? `region-${scope.regionCode}` : "france", now)}"`,
      "Cache-Control": "no-store",
    },
  });
}
