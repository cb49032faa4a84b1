import type { NextRequest } from "next/server";
import { isoWeekOf } from "@/lib/domain/calendar/iso-week";
import { pickingListCsv, pickingListFilename } from "@/lib/domain/logistics/picking-list";
import { weekKeySchema } from "@/lib/schemas/logistics";
import { NOT_SIGNED_IN } from "@/lib/server/action";
import { can, holdersOf } from "@/lib/domain/permissions/permissions";
import { currentActor } from "@/lib/server/actor";
import { listPickingRows } from "../week-orders";

function refusal(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/** GET /logistique/preparation?semaine=2026-W48: the week's picking list, for Excel. */
export async function GET(request: NextRequest): Promise<Response> {
  // A route handler is outside the action wrapper: it checks the session and the role itself.
  const actor = await currentActor();
  if (!actor) return refusal(401, NOT_SIGNED_IN);
  if (!can(actor, "logistics.read")) {
    return refusal(403, `Accès refusé : la liste de préparation est réservée ${holdersOf("logistics.read")}.`);
  }
  const week = weekKeySchema.safeParse(request.nextUrl.searchParams.get("semaine") ?? isoWeekOf(new Date()).key);
  if (!week.success) return refusal(400, week.error.issues[0].message);

  const csv = pickingListCsv(await listPickingRows(week.data));
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${pickingListFilename(week.data)}"`,
      "Cache-Control": "no-store",
    },
  });
}
