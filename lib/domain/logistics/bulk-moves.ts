import type { OrderStatus } from "../orders/order-status";
import { nextLogisticsMove, type LogisticsTarget } from "./logistics-move";

/** Orders per page of /logistique: a week holds 25 000 of them. */
export const LOGISTICS_PAGE_SIZE = 50;
/** Most orders one bulk move takes (a page's worth, and a few pages of a filtered list). */
export const BULK_MOVE_MAX = 500;
/** The moves a logistician makes over many orders at once; shipping needs each order's tracking number (the CSV upload). */
export const BULK_TARGETS = ["IN_PREPARATION", "DELIVERED"] as const satisfies readonly LogisticsTarget[];
export type BulkTarget = (typeof BULK_TARGETS)[number];

/** The page shown, in range, its count and the rows it skips. */
export function pageWindow(total: number, requested: number, size = LOGISTICS_PAGE_SIZE): { page: number; pages: number; skip: number } {
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Number.isInteger(requested) ? Math.min(Math.max(requested, 1), pages) : 1;
  return { page, pages, skip: (page - 1) * size };
}

/**
 * Which of the selected orders cannot make the move (every id asked for, found or not): the move is all or nothing,
 * so one refused order refuses the lot. Status null: no order of the state's logistics has this id.
 */
export function refusedBulkMoves(
  asked: readonly string[],
  found: ReadonlyArray<{ id: string; number: number; status: OrderStatus }>,
  to: LogisticsTarget,
): Array<{ id: string; number: number; status: OrderStatus | null }> {
  const byId = new Map(found.map((o) => [o.id, o]));
  return asked.flatMap((id): Array<{ id: string; number: number; status: OrderStatus | null }> => {
    const order = byId.get(id);
    if (!order) return [{ id, number: 0, status: null }];
    return nextLogisticsMove(order.status) === to ? [] : [{ id, number: order.number, status: order.status }];
  });
}
