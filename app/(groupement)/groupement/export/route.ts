import { consortiumExportFilename, consortiumOrdersCsv } from "@/lib/domain/orders/consortium-export";
import { routeActor } from "@/lib/server/route-refusal";
import { consortiumOrders } from "@/lib/server/orders/queries";

/** GET /groupement/export: every consortium order, one line per order line, for Excel. */
export async function GET(): Promise<Response> {
  const actor = await routeActor("consortium.read");
  if (actor instanceof Response) return actor;
  const now = new Date();
  const csv = consortiumOrdersCsv(await consortiumOrders(undefined, 100_000));
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${consortiumExportFilename(now)}"`,
      "Cache-Control": "no-store",
    },
  });
}
