import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { metrics } from "../observability/metrics";
import type { PlaceOrderOutcome } from "./place-order";

/** Low-cardinality reason labels: which limit, never a product or an establishment. */
function exceedsReason(limits: ReadonlyArray<"QUOTA" | "STOCK">): string {
  return limits.length ? limits.map((limit) => limit.toLowerCase()).join("+") : "concurrent_change";
}

/** Places an order through `place` and counts its outcome in distrilog_orders_total. */
export async function countOrderOutcome(place: () => Promise<PlaceOrderOutcome>): Promise<PlaceOrderOutcome> {
  const { orders } = metrics();
  try {
    const outcome = await place();
    if (outcome.status === "PLACED") orders.inc({ outcome: "placed", reason: outcome.replayed ? "replayed" : "new" });
    else orders.inc({ outcome: "exceeds_limits", reason: exceedsReason(outcome.limits) });
    return outcome;
  } catch (error) {
    // A rule refused it (not in tension, allocation round, no delivery site…), or something broke.
    orders.inc(error instanceof DomainError ? { outcome: "refused", reason: "rule" } : { outcome: "error", reason: "unexpected" });
    throw error;
  }
}
