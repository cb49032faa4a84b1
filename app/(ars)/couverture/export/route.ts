import type { NextRequest } from "next/server";
import { coverCsv, coverCsvFilename } from "@/lib/domain/stock/cover-csv";
import { NOT_SIGNED_IN } from "@/lib/server/action";
import { currentActor } from "@/lib/server/actor";
import { coverScope, regionCover } from "@/lib/server/stock/region-cover";

function refusal(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/** GET /couverture/export[?region=84]: the cover of the region's followed establishments, for Excel. */
export async function GET(request: NextRequest): Promise<Response> {
  // A route handler is outside the action wrapper: it checks the session, the role and the region itself.
  const actor = await currentActor();
  if (!actor) return refusal(401, NOT_SIGNED_IN);
  const scope = coverScope(actor, request.nextUrl.searchParams.get("region"));
  if (!scope.ok) return refusal(403, scope.message);
  const now = new Date();
  const { accounts } = await regionCover(scope.regionCode, now);
  return new Response(coverCsv(accounts), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${coverCsvFilename(scope.regionCode ? `region-${scope.regionCode}` : "france", now)}"`,
      "Cache-Control": "no-store",
    },
  });
}
