import type { NextRequest } from "next/server";
import { isoWeekOf } from "@/lib/domain/time/paris-time";
import { pickingListCsv, pickingListFilename } from "@/lib/domain/logistics/picking-list";
import { weekKeySchema } from "@/lib/schemas/logistics";
import { inputRefusals } from "@/lib/domain/errors";
import { refusalResponse, routeActor } from "@/lib/server/route-refusal";
import { listPickingRows } from "@/lib/server/logistics/queries";

/** GET /logistique/preparation?semaine=2026-W48: the week's picking list, for Excel. */
export async function GET(request: NextRequest): Promise<Response> {
  const actor = await routeActor("logistics.read");
  if (actor instanceof Response) return actor;
  const week = weekKeySchema.safeParse(request.nextUrl.searchParams.get("semaine") ?? isoWeekOf(new Date()).key);
  if (!week.success) return refusalResponse(400, inputRefusals.refusal("INVALID_FIELD", { issue: week.error.issues[0].message }));

  const csv = pickingListCsv(await listPickingRows(week.data));
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${pickingListFilename(week.data)}"`,
      "Cache-Control": "no-store",
    },
  });
}
