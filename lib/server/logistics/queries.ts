import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { LOGISTICS_PAGE_SIZE, pageWindow } from "@/lib/domain/logistics/bulk-moves";
import { countByStatus, TO_PREPARE } from "@/lib/domain/logistics/logistics-move";
import type { Carrier } from "@/lib/domain/orders/carrier";
import type { PickingListRow } from "@/lib/domain/logistics/picking-list";
import { STATE_LOGISTICS_KINDS } from "@/lib/domain/orders/order-kind";
import type { OrderStatus } from "@/lib/domain/orders/order-status";
import { db } from "../db";
import type { PrismaClient } from "../prisma";

const departementLabel = (d: { code: string; name: string }) => `${d.code} – ${d.name}`;

/** What /logistique lists: the orders of an ISO week (the week they were placed in), narrowed by status, carrier, region. */
export interface WeekOrdersFilter {
  week: string;
  status?: OrderStatus;
  carrier?: Carrier;
  /** The ARS region (INSEE code) of the delivered establishment. */
  regionCode?: string;
}

function weekOrdersWhere({ week, status, carrier, regionCode }: WeekOrdersFilter): Prisma.OrderWhereInput {
  return {
    week,
    kind: { in: [...STATE_LOGISTICS_KINDS] },
    ...(status ? { status } : {}),
    ...(carrier ? { carrier } : {}),
    ...(regionCode ? { delivery: { departement: { regionCode } } } : {}),
  };
}

/** One page of the week's orders matching the filter, by number, with how many match and the page shown. */
export async function listWeekOrders(filter: WeekOrdersFilter, requestedPage = 1, client: PrismaClient = db()) {
  const where = weekOrdersWhere(filter);
  const total = await client.order.count({ where });
  const { page, pages, skip } = pageWindow(total, requestedPage);
  const orders = await client.order.findMany({
    where,
    orderBy: { number: "asc" },
    skip,
    take: LOGISTICS_PAGE_SIZE,
    select: {
      id: true,
      number: true,
      createdAt: true,
      kind: true,
      status: true,
      carrier: true,
      trackingNumber: true,
      delivery: { select: { finess: true, name: true, departement: { select: { code: true, name: true } } } },
      lines: { select: { id: true, packs: true, product: { select: { name: true, reference: true, packaging: true } } }, orderBy: { product: { reference: "asc" } } },
    },
  });
  return {
    total,
    page,
    pages,
    orders: orders.map(({ delivery, ...order }) => ({
      ...order,
      delivery: { finess: delivery.finess, name: delivery.name, departement: departementLabel(delivery.departement) },
    })),
  };
}

export type WeekOrder = Awaited<ReturnType<typeof listWeekOrders>>["orders"][number];

/** The regions the filter offers. */
export function listRegions() {
  return db().region.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true } });
}

/** How many of the week's orders stand at each status. */
export async function countWeekOrders(week: string) {
  const groups = await db().order.groupBy({ by: ["status"], where: { week, kind: { in: [...STATE_LOGISTICS_KINDS] } }, _count: { _all: true } });
  return countByStatus(groups.map((g) => ({ status: g.status, count: g._count._all })));
}

/**
 * One row per order line of the week's orders still to prepare, with the delivery contact and opening hours the
 * ordering user gave at registration.
 */
export async function listPickingRows(week: string): Promise<PickingListRow[]> {
  const orders = await db().order.findMany({
    where: { week, kind: { in: [...STATE_LOGISTICS_KINDS] }, status: { in: [...TO_PREPARE] } },
    select: {
      number: true,
      status: true,
      carrier: true,
      createdById: true,
      delivery: { select: { finess: true, name: true, addressLine: true, postalLine: true, departement: { select: { code: true, name: true } } } },
      lines: { select: { packs: true, units: true, product: { select: { reference: true, name: true } } } },
    },
  });
  const creators = await db().user.findMany({
    where: { id: { in: [...new Set(orders.map((o) => o.createdById))] } },
    select: { id: true, deliveryContactName: true, deliveryContactPhone: true, openingHours: true },
  });
  const creatorById = new Map(creators.map((c) => [c.id, c]));
  return orders.flatMap((order) => {
    const creator = creatorById.get(order.createdById);
    return order.lines.map((line) => ({
      orderNumber: order.number,
      status: order.status,
      carrier: order.carrier,
      deliveryFiness: order.delivery.finess,
      establishmentName: order.delivery.name,
      addressLine: order.delivery.addressLine,
      postalLine: order.delivery.postalLine,
      departement: departementLabel(order.delivery.departement),
      contactName: creator?.deliveryContactName ?? null,
      contactPhone: creator?.deliveryContactPhone ?? null,
      openingHours: creator?.openingHours ?? null,
      productReference: line.product.reference,
      productName: line.product.name,
      packs: line.packs,
      units: line.units,
    }));
  });
}
