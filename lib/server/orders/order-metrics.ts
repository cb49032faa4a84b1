import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { metrics } from "../observability/metrics";
import type { PlacedOrder } from "./place-order";

/** Low-cardinality reason labels: which limit, never a product or an establishment. */
function exceedsReason(limits: ReadonlyArray<"QUOTA" | "STOCK">): string {
  return limits.length ? limits.map((limit) => limit.toLowerCase()).join("+") : "concurrent_change";
}

/**
 * Places an order through `place` and counts its outcome in distrilog_orders_total: placed, beyond the quota or
 * stock (with the limit), refused by another rule (with the refusal's code), or broken.
 */
export async function countOrderOutcome(place: () => Promise<PlacedOrder>): Promise<PlacedOrder> {
  const { orders } = metrics();
  try {
    const placed = await place();
    orders.inc({ outcome: "placed", reason: placed.replayed ? "replayed" : "new" });
    return placed;
  } catch (error) {
    if (!(error instanceof DomainError)) orders.inc({ outcome: "error", reason: "unexpected" });
    else if (error.code === "ORDER_EXCEEDS_LIMITS") orders.inc({ outcome: "exceeds_limits", reason: exceedsReason((error.details?.limits ?? []) as Array<"QUOTA" | "STOCK">) });
    else orders.inc({ outcome: "refused", reason: error.code });
    throw error;
  }
}
